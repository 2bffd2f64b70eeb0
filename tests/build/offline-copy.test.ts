// The offline copy and the web app manifest in the built site: /sw.js keeps the help pages and
// the files they load (as the built pages say), nothing else; every public page links the
// manifest, whose icons are real PNGs of the sizes it declares.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  builtDistDir,
  builtFile,
  openBuiltPage,
  publicHtmlFiles,
  urlPathOf,
} from '../helpers/built-site.ts';
import {
  manifestPath,
  offlinePages,
  optInPage,
  serviceWorkerPath,
} from '../../src/offline/offline-copy.ts';
import { normalizeText as plain } from '../helpers/text.ts';

const distDir = builtDistDir();
const publicPages = publicHtmlFiles(distDir).map((file) => urlPathOf(distDir, file));
const worker = readFileSync(join(distDir, serviceWorkerPath), 'utf8');
/** The list the build wrote into the worker (the first array of strings in it). */
const kept = JSON.parse(/\[("[^"]*",?)+\]/.exec(worker)![0]) as string[];
const fileOf = (path: string) =>
  path.endsWith('/') ? builtFile(path, distDir) : join(distDir, path);

describe('the service worker’s list', () => {
  test('starts with the offline pages, and every file it names was built', () => {
    expect(kept.slice(0, offlinePages.length)).toEqual([...offlinePages]);
    for (const path of kept) expect(existsSync(fileOf(path)), path).toBe(true);
  });

  test('holds every script, icon and manifest the offline pages load', () => {
    for (const page of offlinePages) {
      const root = openBuiltPage(page, distDir);
      const loaded = [
        ...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
        ...root
          .querySelectorAll('link[rel="icon"], link[rel="manifest"]')
          .map((l) => l.getAttribute('href')!),
      ];
      expect(loaded.length, page).toBeGreaterThan(0);
      for (const path of loaded) expect(kept, `${page} → ${path}`).toContain(path);
    }
  });

  test('holds no other page', () => {
    const pages = kept.filter((path) => path.endsWith('/') || path.endsWith('.html'));
    expect(pages).toEqual([...offlinePages]);
  });
});

describe('the help page', () => {
  const root = openBuiltPage(optInPage, distDir);

  test('offers the copy only once scripts run (hidden in the HTML)', () => {
    const offer = root.querySelector('offline-help');
    expect(offer?.hasAttribute('hidden')).toBe(true);
    expect(plain(offer!.querySelector('[data-keep]')!.text)).toBe(
      'Garder les numéros sur ce téléphone',
    );
    expect(plain(offer!.querySelector('[data-erase]')!.text)).toBe('Effacer');
  });

  test('says, next to the button and in the words of « Rester discret », that the copy is a trace', () => {
    const discreet = plain(root.querySelector('#discretion-titre')!.parentNode!.text);
    const offer = plain(root.querySelector('offline-help')!.text);
    expect(discreet).toContain('quelqu’un qui l’ouvre peut les voir');
    expect(offer).toContain('quelqu’un qui l’ouvre peut la voir');
    expect(offer).toContain('Quitter rapidement');
  });
});

describe('web app manifest', () => {
  const manifest = JSON.parse(readFileSync(join(distDir, manifestPath), 'utf8')) as {
    start_url: string;
    lang: string;
    icons: { src: string; sizes: string; type: string }[];
  };

  test.each(publicPages)('%s links it', (path) => {
    const links = openBuiltPage(path, distDir).querySelectorAll('head link[rel="manifest"]');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([manifestPath]);
  });

  test('opens on the help page, in French', () => {
    expect(manifest.start_url).toBe(optInPage);
    expect(existsSync(builtFile(manifest.start_url, distDir))).toBe(true);
    expect(manifest.lang).toBe('fr');
  });

  test('its icons are PNGs of the sizes it says', () => {
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) {
      const png = readFileSync(join(distDir, icon.src));
      expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      expect(icon.type).toBe('image/png');
    }
  });
});
