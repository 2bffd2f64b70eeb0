// The files the offline copy keeps, followed from the pages through a small made-up build.
import { describe, expect, test } from 'vitest';
import { precacheList, type BuiltFiles } from '../../src/offline/precache-list.ts';

function site(files: Record<string, string>): BuiltFiles {
  return {
    exists: (path) => path in files,
    text: (path) => files[path]!,
  };
}

const page = (head: string, body = '') =>
  `<!doctype html><html lang="fr"><head>${head}</head><body>${body}</body></html>`;

describe('precacheList', () => {
  const files = {
    '/aide/': page(
      '<link rel="icon" href="/favicon.svg"><link rel="manifest" href="/app.webmanifest">' +
        '<link rel="canonical" href="https://exemple.fr/aide/">' +
        '<script type="module" src="/_astro/aide.abc.js"></script>' +
        '<script type="application/ld+json">{"url":"/ailleurs/"}</script>',
      '<a href="/">Accueil</a><a href="/aide/chat/">Chat</a><img src="/logo.png" srcset="/logo-2x.png 2x">' +
        '<a href="https://autre.example/x.js">x</a>',
    ),
    '/aide/chat/': page(
      '<script type="module">import "/_astro/chat.def.js";</script>' +
        '<link rel="stylesheet" href="/_astro/chat.css">',
    ),
    '/': page('<script type="module" src="/_astro/accueil.js"></script>'),
    '/_astro/aide.abc.js': 'import { a } from "./partage.js"; const m = () => import("./tard.js");',
    '/_astro/chat.def.js': 'import "./partage.js";',
    '/_astro/partage.js': 'export const a = 1;',
    '/_astro/tard.js': 'export default 2;',
    '/_astro/chat.css': 'body { background: url("/fond.png") }',
    '/_astro/accueil.js': '',
    '/app.webmanifest': JSON.stringify({ icons: [{ src: '/icones/192.png' }] }),
    '/favicon.svg': '<svg/>',
    '/logo.png': '',
    '/logo-2x.png': '',
    '/fond.png': '',
    '/icones/192.png': '',
  };

  test('keeps the pages, then every file they load, followed through modules, styles and the manifest', async () => {
    expect(await precacheList(['/aide/', '/aide/chat/'], site(files))).toEqual([
      '/aide/',
      '/aide/chat/',
      '/_astro/aide.abc.js',
      '/_astro/chat.css',
      '/_astro/chat.def.js',
      '/_astro/partage.js',
      '/_astro/tard.js',
      '/app.webmanifest',
      '/favicon.svg',
      '/fond.png',
      '/icones/192.png',
      '/logo-2x.png',
      '/logo.png',
    ]);
  });

  test('does not follow links to other pages, nor other hosts', async () => {
    const kept = await precacheList(['/aide/'], site(files));
    expect(kept).not.toContain('/');
    expect(kept).not.toContain('/aide/chat/');
    expect(kept).not.toContain('/_astro/accueil.js');
    expect(kept).not.toContain('/_astro/chat.def.js');
    expect(kept.every((path) => path.startsWith('/'))).toBe(true);
  });

  test('a file cited but not built stops the build, saying where it is cited', async () => {
    const broken = { ...files, '/_astro/chat.def.js': 'import "./absent.js";' };
    await expect(precacheList(['/aide/chat/'], site(broken))).rejects.toThrow(
      'Copie hors ligne : /_astro/absent.js (cité par /_astro/chat.def.js) est absent du site construit.',
    );
  });
});
