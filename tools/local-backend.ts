// The CMS's local backend for the browser tests and the benchmark: they edit a temporary copy of
// content/, never the project's own files, through the same gated server as `npm run dev`
// (tools/local-backend-server.ts).
import { freePort } from './free-port.ts';
import { localBackendApi } from '../cms/config/backends.ts';
import { startLocalBackendServer } from './local-backend-server.ts';

export { loopbackHost } from './local-backend-server.ts';

export type LocalBackend = { url: string; port: number; close: () => Promise<void> };

/** The address the admin page looks for (Decap's default for `local_backend: true`). */
export const defaultLocalBackendUrl = localBackendApi;

/** The port of `astro dev` in `npm run dev` (package.json). */
export const devSitePort = 4321;

/** The pages allowed to call the local backend of `npm run dev`: the dev site, by either name. */
export const devSiteOrigins = [
  `http://localhost:${devSitePort}`,
  `http://127.0.0.1:${devSitePort}`,
];

/**
 * Waits until the local backend answers at `url` (its API, /api/v1) to a page of `origin`; false
 * once `deadline` passes or `stopped()` says the process has ended.
 */
export async function localBackendAnswers(
  url: string,
  deadline: number,
  origin: string,
  stopped = () => false,
): Promise<boolean> {
  for (;;) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    if (stopped() || Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The local backend writing under `repoDir`, answering only pages of `allowedOrigins` (the test's
 * own site, served on another loopback port).
 */
export async function startLocalBackend(
  repoDir: string,
  allowedOrigins: string[],
  port?: number,
): Promise<LocalBackend> {
  const backend = await startLocalBackendServer({
    repoDir,
    port: port ?? (await freePort()),
    allowedOrigins,
  });
  return {
    url: `http://127.0.0.1:${backend.port}/api/v1`,
    port: backend.port,
    close: backend.close,
  };
}
