// Starts decap-server (the CMS's local backend) on a given folder and port, for the browser tests
// and the benchmark: they edit a temporary copy of content/, never the project's own files.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port.ts';
import { localBackendApi } from '../cms/config/backends.ts';
import { fileURLToPath } from 'node:url';

export type LocalBackend = { url: string; port: number; close: () => Promise<void> };

/** The address the admin page looks for (Decap's default for `local_backend: true`). */
export const defaultLocalBackendUrl = localBackendApi;

/**
 * The only address decap-server may listen on. Without BIND_HOST it listens on every interface,
 * and anyone on the same Wi-Fi could read and write the repository (including .git/config).
 */
export const loopbackHost = '127.0.0.1';

/**
 * Starts decap-server in its file-system mode on `repoDir`, bound to the loopback interface
 * whatever the environment says. The one place that starts it: `npm run dev` (through
 * tools/cms-backend.ts), the browser tests and the CMS benchmark.
 */
export function spawnDecapServer(
  repoDir: string,
  port: number,
  stdio: 'inherit' | 'quiet' = 'quiet',
): ChildProcess {
  const entry = fileURLToPath(
    new URL('../node_modules/decap-server/dist/index.js', import.meta.url),
  );
  return spawn(process.execPath, [entry], {
    cwd: repoDir,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: loopbackHost,
      GIT_REPO_DIRECTORY: repoDir,
      MODE: 'fs',
      LOG_LEVEL: stdio === 'inherit' ? 'info' : 'warn',
    },
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Waits until decap-server answers at `url` (its API, /api/v1); false once `deadline` passes or
 * `stopped()` says the process has ended.
 */
export async function localBackendAnswers(
  url: string,
  deadline: number,
  stopped = () => false,
): Promise<boolean> {
  for (;;) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
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

/** decap-server in its file-system mode, writing under `repoDir`. */
export async function startLocalBackend(repoDir: string, port?: number): Promise<LocalBackend> {
  const chosen = port ?? (await freePort());
  const child = spawnDecapServer(repoDir, chosen);
  const url = `http://127.0.0.1:${chosen}/api/v1`;
  // 30 s: a loaded machine (a build beside it) can take that long to start Node.
  if (!(await localBackendAnswers(url, Date.now() + 30_000, () => child.exitCode !== null))) {
    child.kill();
    throw new Error(`decap-server n’a pas démarré sur le port ${chosen}.`);
  }
  return {
    url,
    port: chosen,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
