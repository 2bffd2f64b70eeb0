// Types for the parts of the admin bundle that ship none.
declare module 'netlify-identity-widget' {
  const netlifyIdentity: {
    init(options?: { locale?: string; APIUrl?: string }): void;
    on(event: string, callback: (...args: unknown[]) => void): void;
  };
  export default netlifyIdentity;
}

// Decap's French phrases, read by tests/cms/locale.test.ts (the package's index needs a browser).
declare module 'decap-cms-locales/dist/esm/fr/index.js' {
  type Phrases = { [key: string]: string | Phrases };
  const fr: Phrases;
  export default fr;
}
