// Citation.js ships no type declarations; this is the little of its API the Atlas uses.
declare module '@citation-js/core' {
  interface Register { add(name: string, value: string): void; has(name: string): boolean }
  interface Cite { format(format: string, options?: Record<string, unknown>): string }
  const core: {
    Cite: new (data: object) => Cite;
    plugins: { config: { get(name: '@csl'): { styles: Register } } };
  };
  export default core;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
