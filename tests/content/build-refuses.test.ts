// `astro build` itself refuses invalid content, even when run without `npm run build`'s validation.
import { afterAll, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'asm-refuse-'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('a dangling reference stops the build and names the file and the field', async () => {
  for (const entry of [
    'src',
    'public',
    'content',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const territory = join(copy, 'content/territories/marne.json');
  const data = JSON.parse(readFileSync(territory, 'utf8'));
  writeFileSync(territory, JSON.stringify({ ...data, porteur: 'club-famille-marne' }));

  const failure = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: copy,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  }).then(
    () => null,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

  expect(failure, 'the build should have failed').not.toBeNull();
  const output = failure!.stdout + failure!.stderr;
  expect(output).toContain('content/territories/marne.json — champ « porteur »');
  expect(output).toContain('club-famille-marne');
  expect(existsSync(join(copy, 'dist/index.html'))).toBe(false);
}, 120_000);
