// After the build: lists the files the offline copy keeps (src/offline/precache-list.ts, from the
// built help pages) and writes the service worker, /sw.js, bundled by esbuild from
// src/offline/service-worker.ts with that list and a version (a hash of the kept files' bytes: a
// build that changes a number or a script gives a new worker, which saves the new copy).
// Runs before the security headers, which give /sw.js its own rule.
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlinePages, serviceWorkerPath } from '../offline/offline-copy.ts';
import { precacheList, type BuiltFiles } from '../offline/precache-list.ts';

/** The built file of a URL path ("/besoin-de-soutien/" is its index.html). */
const fileOf = (dist: string, path: string) =>
  join(dist, ...path.split('/').filter(Boolean), ...(path.endsWith('/') ? ['index.html'] : []));

export function builtFiles(dist: string): BuiltFiles {
  return {
    exists: (path) => existsSync(fileOf(dist, path)) && statSync(fileOf(dist, path)).isFile(),
    text: (path) => readFileSync(fileOf(dist, path), 'utf8'),
  };
}

/** Writes dist/sw.js; returns the kept paths. */
export async function writeServiceWorker(dist: string): Promise<string[]> {
  const kept = await precacheList(offlinePages, builtFiles(dist));
  const hash = createHash('sha256');
  for (const path of kept) hash.update(path).update(readFileSync(fileOf(dist, path)));
  await build({
    entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
    outfile: fileOf(dist, serviceWorkerPath),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: {
      __PRECACHE__: JSON.stringify(kept),
      __VERSION__: JSON.stringify(hash.digest('hex').slice(0, 16)),
    },
  });
  return kept;
}

export default function offlineCopy(): AstroIntegration {
  return {
    name: 'offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const kept = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`${serviceWorkerPath} écrit : ${kept.length} fichiers gardés hors ligne.`);
      },
    },
  };
}
