/** Facts about the Atlas that several outputs state: citations, feeds, JSON-LD, open data, the footer. */
export const SITE_NAME = 'Central Asia Relations Atlas';

/** Site text and data licence. Quotations and source titles remain their authors'. */
export const LICENCE = {
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Where readers send corrections (see /about/#corrections). */
export const CORRECTIONS_EMAIL = 'corrections@atlas.example.org';
