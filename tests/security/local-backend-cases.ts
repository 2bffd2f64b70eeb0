// The requests the CMS's local backend must refuse, one case per line (tests/security/
// local-backend.test.ts). Placeholders, filled in per run: {port} the backend's port, {repo} the
// absolute path of the repository it serves, {folder} a collection's folder, {uploads} the
// uploads folder. Every case is sent with the dev site's origin and a loopback Host unless it
// says otherwise, and its body is valid for decap-server (it would act on it).

/** What a case changes from an accepted request. */
export type BackendRequest = {
  method?: string;
  url?: string;
  host?: string;
  /** null: no Origin header at all. */
  origin?: string | null;
  body?: unknown;
};

const branch = 'main';
const options = { commitMessage: 'essai' };
/** What a write puts in a file: found anywhere after a refused request, it was written. */
export const writtenMark = 'ÉCRIT PAR UNE REQUÊTE REFUSÉE';
const base64 = Buffer.from(writtenMark).toString('base64');
const dataFile = (path: string, newPath?: string) => ({
  slug: 'essai',
  path,
  raw: writtenMark,
  ...(newPath ? { newPath } : {}),
});

/** decap-server's API bodies, one per action of its file-system mode, valid for its schema. */
export const api = {
  info: () => ({ action: 'info' }),
  entriesByFolder: (folder: string, extension: string) => ({
    action: 'entriesByFolder',
    params: { branch, folder, extension, depth: 3 },
  }),
  entriesByFiles: (...paths: string[]) => ({
    action: 'entriesByFiles',
    params: { branch, files: paths.map((path) => ({ path })) },
  }),
  getEntry: (path: string) => ({ action: 'getEntry', params: { branch, path } }),
  persistEntry: (path: string, extra: { newPath?: string; asset?: string } = {}) => ({
    action: 'persistEntry',
    params: {
      branch,
      dataFiles: [dataFile(path, extra.newPath)],
      assets: extra.asset ? [{ path: extra.asset, content: base64, encoding: 'base64' }] : [],
      options: { ...options, useWorkflow: false, status: 'draft' },
    },
  }),
  /** The older form, `entry` instead of `dataFiles`. */
  persistOneEntry: (path: string) => ({
    action: 'persistEntry',
    params: {
      branch,
      entry: dataFile(path),
      assets: [],
      options: { ...options, useWorkflow: false, status: 'draft' },
    },
  }),
  getMedia: (mediaFolder: string) => ({ action: 'getMedia', params: { branch, mediaFolder } }),
  getMediaFile: (path: string) => ({ action: 'getMediaFile', params: { branch, path } }),
  persistMedia: (path: string) => ({
    action: 'persistMedia',
    params: { branch, asset: { path, content: base64, encoding: 'base64' }, options },
  }),
  deleteFile: (path: string) => ({ action: 'deleteFile', params: { branch, path, options } }),
  deleteFiles: (...paths: string[]) => ({
    action: 'deleteFiles',
    params: { branch, paths, options },
  }),
  other: (action: string) => ({ action, params: { branch } }),
};

// prettier-ignore
export const refusals: [string, BackendRequest][] = [
  // Host: a DNS-rebinding page reaches 127.0.0.1 under its own name.
  ['Host d’un autre nom (DNS rebinding)', { host: 'rebind.example:{port}' }],
  ['Host d’un nom qui commence comme localhost', { host: 'localhost.rebind.example:{port}' }],
  ['Host sans port', { host: '127.0.0.1' }],
  ['Host avec un autre port', { host: 'localhost:1' }],
  ['Host 0.0.0.0', { host: '0.0.0.0:{port}' }],
  // Origin: any other page open in the editor's browser.
  ['Origin d’un autre port de localhost', { origin: 'http://localhost:5173' }],
  ['Origin d’un autre site', { origin: 'https://attaque.example' }],
  ['Origin qui commence comme le site', { origin: 'http://localhost:4321.attaque.example' }],
  ['Origin null (iframe isolée, fichier local)', { origin: 'null' }],
  ['sans Origin', { origin: null }],
  ['pré-vérification CORS d’un autre port', { method: 'OPTIONS', origin: 'http://localhost:5173', body: undefined }],
  // Anything but the API.
  ['GET de l’API', { method: 'GET', body: undefined }],
  ['autre adresse que /api/v1', { url: '/api/v2' }],
  // Actions decap-server's file-system mode does not have.
  ['action inconnue', { body: api.other('unpublishedEntries') }],
  ['action « constructor »', { body: api.other('constructor') }],
  ['sans action', { body: {} }],
  // Each action with a path outside the CMS's folders.
  ['entriesByFolder de .git', { body: api.entriesByFolder('.git', 'config') }],
  ['entriesByFolder de la racine', { body: api.entriesByFolder('.', 'json') }],
  ['entriesByFolder de src', { body: api.entriesByFolder('src', 'ts') }],
  ['entriesByFiles de package.json', { body: api.entriesByFiles('{folder}/a.md', 'package.json') }],
  ['getEntry de .git/config', { body: api.getEntry('.git/config') }],
  ['persistEntry dans .git/hooks', { body: api.persistEntry('.git/hooks/pre-commit') }],
  ['persistEntry (entry) de astro.config.mjs', { body: api.persistOneEntry('astro.config.mjs') }],
  ['persistEntry renommé vers .git/hooks', { body: api.persistEntry('{folder}/essai.md', { newPath: '.git/hooks/post-checkout' }) }],
  ['persistEntry avec un fichier joint hors des médias', { body: api.persistEntry('{folder}/essai.md', { asset: 'public/essai.svg' }) }],
  ['getMedia de .git/hooks', { body: api.getMedia('.git/hooks') }],
  ['getMediaFile de .git/config', { body: api.getMediaFile('.git/config') }],
  ['persistMedia dans .git/hooks', { body: api.persistMedia('.git/hooks/pre-commit') }],
  ['persistMedia dans public', { body: api.persistMedia('public/essai.svg') }],
  ['deleteFile de package.json', { body: api.deleteFile('package.json') }],
  ['deleteFiles dont un hors du CMS', { body: api.deleteFiles('{folder}/essai.md', 'package.json') }],
  // Paths that climb out of, or hide in, an allowed folder.
  ['getEntry remontant par ..', { body: api.getEntry('{folder}/../../.git/config') }],
  ['persistMedia remontant par ..', { body: api.persistMedia('{uploads}/../../../.git/hooks/pre-commit') }],
  ['getEntry absolu hors du dépôt', { body: api.getEntry('/etc/passwd') }],
  ['persistEntry absolu dans le dépôt', { body: api.persistEntry('{repo}/.git/hooks/pre-commit') }],
  ['persistEntry dans un .git sous un dossier du CMS', { body: api.persistEntry('{folder}/.git/config') }],
  ['getEntry avec des barres obliques inverses', { body: api.getEntry('{folder}\\..\\..\\.git\\config') }],
  ['getEntry d’un chemin qui n’est pas du texte', { body: { action: 'getEntry', params: { branch, path: ['.git/config'] } } }],
];
