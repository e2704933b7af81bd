/** The years a span of dates touches, as text: ("2004-10-18", "2005-01") → ["2004", "2005"]. */
export function yearsBetween(start: string, end: string = start): string[] {
  const out: string[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) out.push(String(y));
  return out;
}
