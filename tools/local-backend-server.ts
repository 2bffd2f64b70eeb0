// The CMS's local backend: decap-server's file-system API (its own middleware, embedded), behind a
// gate that lets only the local CMS in. decap-server alone writes any file of the repository for
// whoever reaches its port: any page open in the editor's browser (its CORS lets every localhost
// port in), a DNS-rebinding page (it checks no Host), and any path (.git/hooks included, which
// means code run at the next git command). Before decap-server sees a request, this server
// refuses with 403:
// - a Host other than the loopback names with this server's port (DNS rebinding);
// - an Origin other than the dev site's own (any other page), or none;
// - anything but the API (POST or CORS preflight on /api/v1), an action decap-server's file-system
//   API does not have, and any path outside the folders the CMS configuration names.
import { createServer, type Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import decapServer from 'decap-server/dist/middlewares.js';
import { collections } from '../src/content/collections.ts';
import { buildCmsConfig, editablePaths, type EditablePaths } from '../cms/config/config.ts';

/** The only address the local backend listens on: never reachable from the network. */
export const loopbackHost = '127.0.0.1';

/** The names a browser on this machine may use for the backend (the Host header, with the port). */
export const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The paths the CMS may read and write, from its generated configuration (the backend it names
 * does not change them; the local backend stands in for it).
 */
export const cmsEditablePaths: EditablePaths = editablePaths(
  buildCmsConfig(collections, {
    backend: { name: 'git-gateway', branch: 'main' },
    siteUrl: 'http://localhost',
  }),
);

/** Why a path given to the API is refused, or null when it lies in what the CMS edits. */
export function pathRefusal(path: unknown, editable: EditablePaths): string | null {
  if (typeof path !== 'string' || path === '') return 'chemin absent ou qui n’est pas du texte';
  if (path.includes('\0') || path.includes('\\')) return `chemin invalide « ${path} »`;
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return `chemin absolu « ${path} »`;
  const segments = path.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) {
    return `chemin non normalisé « ${path} » (.., . ou / en trop)`;
  }
  if (segments.some((segment) => segment.toLowerCase() === '.git')) {
    return `chemin dans .git « ${path} »`;
  }
  const inFolder = editable.folders.some(
    (folder) => path === folder || path.startsWith(`${folder}/`),
  );
  if (!inFolder && !editable.files.includes(path)) {
    return `« ${path} » est hors des dossiers du CMS (${[...editable.folders, ...editable.files].join(', ')})`;
  }
  return null;
}

type Params = Record<string, unknown> | undefined;
const field = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
/** The items of a list parameter; something else than a list counts as one (refused) path. */
const items = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
/** A path decap-server uses only when present. */
const optional = (value: unknown): unknown[] => (value === undefined ? [] : [value]);

/**
 * Every action of decap-server's file-system API (dist/middlewares.js, localFs) with the paths it
 * reads, writes, lists or deletes, as decap-server takes them from the request. An action not
 * listed here is refused.
 */
export const actionPaths: Record<string, (params: Params) => unknown[]> = {
  info: () => [],
  getDeployPreview: () => [],
  entriesByFolder: (params) => [field(params, 'folder')],
  entriesByFiles: (params) => items(field(params, 'files')).map((file) => field(file, 'path')),
  getEntry: (params) => [field(params, 'path')],
  persistEntry: (params) => {
    const entry = field(params, 'entry');
    const dataFiles = [...optional(entry), ...items(field(params, 'dataFiles'))];
    return [
      ...dataFiles.flatMap((file) => [field(file, 'path'), ...optional(field(file, 'newPath'))]),
      ...items(field(params, 'assets')).map((asset) => field(asset, 'path')),
    ];
  },
  getMedia: (params) => [field(params, 'mediaFolder')],
  getMediaFile: (params) => [field(params, 'path')],
  persistMedia: (params) => [field(field(params, 'asset'), 'path')],
  deleteFile: (params) => [field(params, 'path')],
  deleteFiles: (params) => items(field(params, 'paths')),
};

/** Why an API request body is refused, or null when decap-server may handle it. */
export function bodyRefusal(body: unknown, editable: EditablePaths): string | null {
  const action = field(body, 'action');
  if (typeof action !== 'string' || !Object.hasOwn(actionPaths, action)) {
    return `action inconnue du backend local : « ${String(action)} »`;
  }
  const params = field(body, 'params') as Params;
  for (const path of actionPaths[action]!(params)) {
    const refusal = pathRefusal(path, editable);
    if (refusal) return `${action} : ${refusal}`;
  }
  return null;
}

export type BackendGate = {
  /** The port the server listens on, for the Host check. */
  port: number;
  /** The dev site's origins (scheme, host, port), the only pages allowed to call the API. */
  allowedOrigins: string[];
  editable: EditablePaths;
};

/** Why a request is refused before its body is read, or null. */
export function requestRefusal(
  request: {
    method?: string;
    url?: string;
    headers: Record<string, string | string[] | undefined>;
  },
  gate: BackendGate,
): string | null {
  const host = String(request.headers.host ?? '').toLowerCase();
  if (!loopbackNames.some((name) => host === `${name}:${gate.port}`)) {
    return `hôte refusé « ${host} » (attendu : ${loopbackNames.map((name) => `${name}:${gate.port}`).join(', ')})`;
  }
  const origin = request.headers.origin;
  if (typeof origin !== 'string' || !gate.allowedOrigins.includes(origin)) {
    return `origine refusée « ${String(origin ?? 'aucune')} » (attendue : ${gate.allowedOrigins.join(', ')})`;
  }
  const path = (request.url ?? '').split('?')[0];
  if (path !== '/api/v1' || !['POST', 'OPTIONS'].includes(request.method ?? '')) {
    return `seule l’API du CMS répond ici (POST /api/v1), pas ${request.method} ${path}`;
  }
  return null;
}

export type LocalBackendServer = { server: Server; port: number; close: () => Promise<void> };

/**
 * Starts the local backend on the loopback interface: decap-server's file-system API on
 * `repoDir`, behind the gate. `port` 0 picks a free one.
 */
export async function startLocalBackendServer(options: {
  repoDir: string;
  port: number;
  allowedOrigins: string[];
  editable?: EditablePaths;
  /** Log each refusal and decap-server's information messages (npm run dev). */
  verbose?: boolean;
}): Promise<LocalBackendServer> {
  // Refuses everything until the port is known.
  const gate: BackendGate = {
    port: -1,
    allowedOrigins: options.allowedOrigins,
    editable: options.editable ?? cmsEditablePaths,
  };
  const refuse = (response: Response, reason: string) => {
    if (options.verbose) console.warn(`Backend local du CMS : requête refusée, ${reason}.`);
    response.status(403).json({ error: `Requête refusée par le backend local : ${reason}.` });
  };
  const app = express();
  app.disable('x-powered-by');
  app.use((request: Request, response: Response, next: NextFunction) => {
    const reason = requestRefusal(request, gate);
    if (reason) refuse(response, reason);
    else next();
  });
  // decap-server's own parser and limit: it finds the body parsed and keeps it as is, so the paths
  // checked here are exactly those it acts on.
  app.use(express.json({ limit: '50mb' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const reason = request.method === 'POST' ? bodyRefusal(request.body, gate.editable) : null;
    if (reason) refuse(response, reason);
    else next();
  });
  // decap-server reads its folder from the environment, once, while registering (synchronously).
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = options.repoDir;
  try {
    await decapServer.registerLocalFs(app, { logLevel: options.verbose ? 'info' : 'warn' });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopbackHost, resolve);
  });
  const address = server.address();
  gate.port = typeof address === 'object' && address ? address.port : -1;
  return {
    server,
    port: gate.port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
