/** Lists of result ids joined in order of priority, each id kept at its first place. */
export function mergeIds(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}
