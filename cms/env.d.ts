// Types for the parts of the admin bundle that ship none.
declare module 'netlify-identity-widget' {
  const netlifyIdentity: {
    init(options?: { locale?: string; APIUrl?: string }): void;
    on(event: string, callback: (...args: unknown[]) => void): void;
  };
  export default netlifyIdentity;
}
