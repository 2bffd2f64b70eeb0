// Builds the site once per test run, into a private folder, so that build-output and browser
// tests read the same files and several runs (or a developer's own build) never collide.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'asm-test-'));
  const distDir = process.env.TEST_DIST_DIR ?? join(work, 'dist');
  if (!process.env.TEST_DIST_DIR) {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ASTRO_OUT_DIR: distDir,
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
  }
  project.provide('distDir', distDir);
  return () => rmSync(work, { recursive: true, force: true });
}
