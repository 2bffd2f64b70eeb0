// What the offline copy's worker answers: the kept files only, pages from the network first.
import { describe, expect, test } from 'vitest';
import { keptPath, strategyFor } from '../../src/offline/routing.ts';

const origin = 'https://exemple.fr';
const kept = new Set(['/aide/', '/aide/chat/', '/_astro/aide.abc.js', '/manifest.webmanifest']);
const get = (path: string, base = origin) => ({ url: new URL(path, base).href, method: 'GET' });

describe('strategyFor', () => {
  test('kept pages and unversioned files: network first (a changed number shows at once)', () => {
    expect(strategyFor(get('/aide/'), origin, kept)).toBe('network-first');
    expect(strategyFor(get('/aide/chat/?depuis=accueil'), origin, kept)).toBe('network-first');
    expect(strategyFor(get('/aide/index.html'), origin, kept)).toBe('network-first');
    expect(strategyFor(get('/manifest.webmanifest'), origin, kept)).toBe('network-first');
  });

  test('hashed build files: from the copy first (they never change under the same name)', () => {
    expect(strategyFor(get('/_astro/aide.abc.js'), origin, kept)).toBe('cache-first');
  });

  test('anything else is left to the browser: other pages, other files, other hosts, posts', () => {
    expect(strategyFor(get('/'), origin, kept)).toBe('none');
    expect(strategyFor(get('/aide/autre/'), origin, kept)).toBe('none');
    expect(strategyFor(get('/_astro/carte.js'), origin, kept)).toBe('none');
    expect(strategyFor(get('/aide/', 'https://autre.example'), origin, kept)).toBe('none');
    expect(strategyFor({ ...get('/aide/'), method: 'POST' }, origin, kept)).toBe('none');
  });
});

describe('keptPath', () => {
  test('names a page by its address, whatever its query', () => {
    expect(keptPath(new URL('/aide/index.html', origin), kept)).toBe('/aide/');
    expect(keptPath(new URL('/aide/?x=1#haut', origin), kept)).toBe('/aide/');
    expect(keptPath(new URL('/ailleurs/', origin), kept)).toBeUndefined();
  });
});
