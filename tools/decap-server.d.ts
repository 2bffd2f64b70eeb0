// decap-server ships no type declarations: the one function of its middleware entry point that
// tools/local-backend-server.ts uses (read from node_modules/decap-server/dist/middlewares.js).
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
