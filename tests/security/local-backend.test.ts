// Attack: a page open in the editor's browser (or a DNS-rebinding one) drives the CMS's local
// backend to read the repository or write .git/hooks. The backend of `npm run dev` serves a
// temporary repository here (fixture content, an uploads folder, a .git with a hook folder) on
// loopback; every request of tests/security/local-backend-cases.ts must get 403 and leave every
// file as it was, and what the CMS does must still work.
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  collections as registry,
  type CollectionDefinition,
} from '../../src/content/collections.ts';
import { uploadsFolder } from '../../src/content/uploads.ts';
import {
  cmsEditablePaths,
  startLocalBackendServer,
  type LocalBackendServer,
} from '../../tools/local-backend-server.ts';
import { devSiteOrigins } from '../../tools/local-backend.ts';
import { api, refusals, writtenMark, type BackendRequest } from './local-backend-cases.ts';
import { noisyPng } from '../helpers/images.ts';

const collections: Record<string, CollectionDefinition> = registry;
const fixtureContent = join(import.meta.dirname, '../fixtures/content');
const [siteOrigin] = devSiteOrigins as [string];
/** In every file the CMS must not reach: found in an answer, the file was read. */
const secret = 'SECRET-DU-DÉPÔT';

/** A collection with entries of its own (not fixed files), and its folder in the repository. */
const [collectionName, definition] = Object.entries(collections).find(
  ([, collection]) => !collection.fixedEntries,
)!;
const folder = `content/${definition.folder}`;
const fixedCollection = Object.values(collections).find((collection) => collection.fixedEntries)!;
const fixedFile = `content/${fixedCollection.folder}/${fixedCollection.fixedEntries![0]}.${fixedCollection.format}`;

let repo: string;
let backend: LocalBackendServer;

function snapshot(dir = repo): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) {
      result[relative(repo, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  }
  return result;
}

const fill = (text: string) =>
  text
    .replaceAll('{port}', String(backend.port))
    .replaceAll('{repo}', repo)
    .replaceAll('{folder}', folder)
    .replaceAll('{uploads}', uploadsFolder);

/** Sends a request to the backend (loopback only), by default an accepted one. */
function send(
  changes: BackendRequest,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const body = 'body' in changes ? changes.body : api.info();
  const payload = body === undefined ? undefined : fill(JSON.stringify(body));
  const headers: Record<string, string> = {
    host: fill(changes.host ?? `127.0.0.1:{port}`),
    ...(changes.origin === null ? {} : { origin: changes.origin ?? siteOrigin }),
    ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
  };
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: backend.port,
        method: changes.method ?? 'POST',
        path: changes.url ?? '/api/v1',
        headers:
          changes.method === 'OPTIONS'
            ? {
                ...headers,
                'access-control-request-method': 'POST',
                'access-control-request-headers': 'content-type',
              }
            : headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'asm-backend-'));
  cpSync(fixtureContent, join(repo, 'content'), { recursive: true });
  mkdirSync(join(repo, uploadsFolder), { recursive: true });
  writeFileSync(join(repo, uploadsFolder, 'photo.png'), 'image');
  mkdirSync(join(repo, '.git/hooks'), { recursive: true });
  mkdirSync(join(repo, 'src'), { recursive: true });
  mkdirSync(join(repo, 'public'), { recursive: true });
  for (const file of [
    '.git/config',
    '.git/hooks/pre-commit.sample',
    'package.json',
    'astro.config.mjs',
    'src/secret.ts',
  ]) {
    writeFileSync(join(repo, file), secret);
  }
  backend = await startLocalBackendServer({
    repoDir: repo,
    port: 0,
    allowedOrigins: devSiteOrigins,
  });
});

afterAll(async () => {
  await backend?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the paths the local backend serves', () => {
  test('come from the CMS configuration: every collection’s folder or files, and the uploads', () => {
    const expected = Object.values(collections).flatMap((collection) =>
      collection.fixedEntries
        ? collection.fixedEntries.map(
            (id) => `content/${collection.folder}/${id}.${collection.format}`,
          )
        : [`content/${collection.folder}`],
    );
    expect([...cmsEditablePaths.folders, ...cmsEditablePaths.files].sort()).toEqual(
      [...expected, uploadsFolder].sort(),
    );
  });
});

describe('the local backend refuses', () => {
  test.each(refusals)('%s: 403, nothing read nor written', async (_, changes) => {
    const before = snapshot();
    const response = await send(changes);
    expect(response.status).toBe(403);
    expect(response.body).not.toContain(secret);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(snapshot()).toEqual(before);
  });
});

describe('the local backend still serves the CMS', () => {
  const entry = `${folder}/essai-accepte.md`;

  test.each([
    ['localhost', siteOrigin],
    ['127.0.0.1', devSiteOrigins[1]!],
    ['[::1]', siteOrigin],
  ])('Host %s with origin %s: info', async (host, origin) => {
    const response = await send({ host: `${host}:{port}`, origin });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ type: 'local_fs' });
    expect(response.headers['access-control-allow-origin']).toBe(origin);
  });

  test('the CORS pre-flight of the dev site', async () => {
    const response = await send({ method: 'OPTIONS', body: undefined });
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(siteOrigin);
  });

  test('lists and reads the entries of a collection, and a fixed file', async () => {
    const listed = await send({ body: api.entriesByFolder(folder, definition.format) });
    expect(listed.status).toBe(200);
    const paths = (JSON.parse(listed.body) as { file: { path: string } }[]).map((e) => e.file.path);
    expect(paths.sort()).toEqual(
      readdirSync(join(repo, folder))
        .map((name) => `${folder}/${name}`)
        .sort(),
    );
    const read = await send({ body: api.getEntry(paths[0]!) });
    expect(JSON.parse(read.body).data).toBe(readFileSync(join(repo, paths[0]!), 'utf8'));
    const fixed = await send({ body: api.entriesByFiles(fixedFile) });
    expect(JSON.parse(fixed.body)[0].data).toBe(readFileSync(join(repo, fixedFile), 'utf8'));
  });

  test(`saves, renames and deletes an entry of « ${collectionName} », with an upload`, async () => {
    const upload = `${uploadsFolder}/essai.png`;
    expect((await send({ body: api.persistEntry(entry, { asset: upload }) })).status).toBe(200);
    expect(readFileSync(join(repo, entry), 'utf8')).toBe(writtenMark);
    expect(readFileSync(join(repo, upload), 'utf8')).toBe(writtenMark);
    const renamed = `${folder}/essai-renomme.md`;
    expect((await send({ body: api.persistEntry(entry, { newPath: renamed }) })).status).toBe(200);
    await expect.poll(() => existsSync(join(repo, renamed))).toBe(true);
    expect((await send({ body: api.deleteFile(renamed) })).status).toBe(200);
    expect(existsSync(join(repo, renamed))).toBe(false);
  });

  // decap-server writes a save's entry first, then its uploads: a test that sees the entry on disk
  // and looks once for the upload may not find it yet (the CMS browser test did, under load). The
  // answer is the moment both are there, whatever the image's size (here over express's default
  // 100 kB body limit, as a logo's base64 is).
  test('a save with a real image answers once the entry and the image, byte for byte, are written', async () => {
    const image = await noisyPng(300, 200);
    expect(image.length).toBeGreaterThan(150_000);
    const upload = `${uploadsFolder}/logo-essai.png`;
    const path = `${folder}/essai-image.md`;
    const body = api.persistEntry(path, { asset: upload });
    body.params.assets[0]!.content = image.toString('base64');
    expect((await send({ body })).status).toBe(200);
    expect(readFileSync(join(repo, path), 'utf8')).toBe(writtenMark);
    expect(readFileSync(join(repo, upload)).equals(image)).toBe(true);
    const media = `${uploadsFolder}/essai-media-reel.png`;
    const alone = api.persistMedia(media);
    alone.params.asset.content = image.toString('base64');
    expect((await send({ body: alone })).status).toBe(200);
    expect(readFileSync(join(repo, media)).equals(image)).toBe(true);
  });

  test('uploads, lists and reads media', async () => {
    const media = `${uploadsFolder}/essai-media.png`;
    expect((await send({ body: api.persistMedia(media) })).status).toBe(200);
    const listed = await send({ body: api.getMedia(uploadsFolder) });
    expect((JSON.parse(listed.body) as { path: string }[]).map((file) => file.path)).toContain(
      media,
    );
    const read = await send({ body: api.getMediaFile(media) });
    expect(Buffer.from(JSON.parse(read.body).content, 'base64').toString()).toBe(writtenMark);
    expect((await send({ body: api.deleteFiles(media) })).status).toBe(200);
    expect(existsSync(join(repo, media))).toBe(false);
  });
});
