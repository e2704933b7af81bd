/**
 * RFC 4180 CSV: a header row of `columns`, then one row per record; every field quoted only when
 * it holds a comma, quote or line break; CRLF line ends. UTF-8 with no byte-order mark.
 */
export function toCsv(columns: readonly string[], rows: Record<string, string | number | null | undefined>[]): string {
  const field = (v: string | number | null | undefined) => {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map(field).join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n') + '\r\n';
}
