// Type declarations for the packages that ship none, as far as the tools use them (read from
// their code in node_modules).

declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';
  /** A webpack bundle in CommonJS: Node sees its exports as the default export only. */
  const middlewares: {
    /**
     * Registers decap-server's CORS, JSON body parser and file-system API (POST /api/v1) on
     * `app`, working on process.env.GIT_REPO_DIRECTORY (or the working directory), read now.
     */
    registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void>;
  };
  export default middlewares;
}

declare module 'netlify-redirector' {
  /** A request as Netlify's redirect engine sees it (netlify-cli builds the same). */
  export type RedirectRequest = {
    scheme: string;
    host: string;
    /** Decoded path. */
    path: string;
    /** Query string without its `?`. */
    query: string;
    getHeader(name: string): string;
    getCookie(name: string): string;
  };
  /** The first rule that applies, its placeholders filled in. */
  export type RedirectMatch = { from: string; to: string; status: number; force: boolean };
  export type RedirectMatcher = { match(request: RedirectRequest): RedirectMatch | null };
  const redirector: {
    /** Rules as @netlify/redirect-parser returns them, in JSON. */
    parseJSON(rules: string, options: Record<string, unknown>): Promise<RedirectMatcher>;
  };
  export default redirector;
}
