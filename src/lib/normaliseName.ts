/**
 * A name or query folded for comparison: lower case, accents and other combining marks removed
 * (Raşit → rasit, O‘zbekiston → ozbekiston), hyphens and apostrophes dropped the way Pagefind
 * joins hyphenated words (Nur-Sultan → nursultan), other punctuation turned into spaces.
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[\p{Pd}'’‘ʻʼ`´.+]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
