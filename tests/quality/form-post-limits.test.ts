// The local server's form endpoint (tools/static-server.ts) caps what a sender can make it store:
// a body over the size limit is refused without being read to its end, and posts beyond the rate
// are refused until the window has passed. Nothing refused is written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'asm-form-limits-'));
const site = join(root, 'dist');
mkdirSync(join(site, 'merci'), { recursive: true });
writeFileSync(join(site, 'merci', 'index.html'), '<!doctype html><title>Merci</title>');
const rate = { posts: 3, windowMs: 60_000 };
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(site, { formsDir: join(root, 'forms'), formRate: rate });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const stored = () => {
  const file = join(server.formsDir, 'contact.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').length : 0;
};

async function post(body: BodyInit) {
  try {
    const response = await fetch(`${server.url}/merci/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      duplex: 'half',
    } as RequestInit);
    return { status: response.status, text: await response.text() };
  } catch {
    // The server closed the connection before the whole body was sent: refused all the same.
    return { status: 0, text: '' };
  }
}

/** A body that never ends: the server must answer without waiting for its end. */
function endlessBody() {
  const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
  return new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(chunk) });
}

// One case per line, in order (the rate cap counts the posts before it): what is sent, the status
// expected, and how many submissions are stored after it.
// prettier-ignore
const cases: [string, () => BodyInit, number[], number][] = [
  ['an ordinary form is stored', () => form({ 'form-name': 'contact', nom: 'Camille' }), [200], 1],
  ['a body over 64 KB is refused (413), not stored', () => form({ 'form-name': 'contact', nom: 'x'.repeat(70_000) }), [413, 0], 1],
  ['an endless body is refused without being read to its end', endlessBody, [413, 0], 1],
  ['the next post is beyond 3 a minute: refused (429), not stored', () => form({ 'form-name': 'contact', nom: 'Encore' }), [429, 0], 1],
];

describe('form posts to the local server', () => {
  test.each(cases)('%s', async (_, body, statuses, count) => {
    const { status, text } = await post(body());
    expect(statuses).toContain(status);
    if (status >= 400) expect(text).toMatch(/rien n’a été enregistré/);
    expect(stored()).toBe(count);
  });
});
