/** A membership as a matrix cell: "2002", "2006–2012", "obs. 2020", "assoc. 2005", "?" when undated. */
export function membershipCell(m: { status: string; joined?: string | undefined; left?: string | undefined }): string {
  const prefix = m.status === 'observer' ? 'obs. ' : m.status === 'associate' ? 'assoc. ' : m.status === 'partner' ? 'partner ' : '';
  const joined = m.joined?.slice(0, 4) ?? '?';
  return `${prefix}${joined}${m.left ? `–${m.left.slice(0, 4)}` : ''}`;
}
