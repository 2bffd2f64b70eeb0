// The Node.js version is pinned in three places; they must agree or Netlify builds with another one.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const netlify = parse(readFileSync(join(root, 'netlify.toml'), 'utf8')) as {
  build: { environment: { NODE_VERSION: string } };
};

test('netlify.toml, the node devDependency and engines name the same Node.js', () => {
  const installed: string = lock.packages['node_modules/node'].version;
  expect(netlify.build.environment.NODE_VERSION).toBe(installed);
  const [, minimum, majorBound] = /^>=(\d+\.\d+\.\d+) <(\d+)$/.exec(pkg.engines.node) ?? [];
  expect(minimum).toBe(installed);
  expect(Number(installed.split('.')[0]) + 1).toBe(Number(majorBound));
});

test('tests run on the pinned Node.js, not the system one', () => {
  expect(process.versions.node).toBe(lock.packages['node_modules/node'].version);
});
