// Measures the CMS on a built site: time until the collections list is on screen (local backend,
// fresh browser context each run, so nothing cached) and the size of what /admin/ downloads, raw,
// gzip and brotli. Usage: npx node tools/bench/cms.ts [dist folder] [runs]
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { compressedSizes } from '../compressed-size.ts';
import { startStaticServer } from '../static-server.ts';
import { defaultLocalBackendUrl, startLocalBackend } from '../local-backend.ts';

const distDir = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 5);

const repo = mkdtempSync(join(tmpdir(), 'asm-cms-bench-'));
cpSync('content', join(repo, 'content'), { recursive: true });
const site = await startStaticServer(distDir);
// The backend answers the served site's pages only.
const backend = await startLocalBackend(repo, [site.url]);
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: chromiumArgs });

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const loginTimes: number[] = [];
const listTimes: number[] = [];
let assets = new Set<string>();
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.route(defaultLocalBackendUrl, async (route) => {
      await route.fulfill({ response: await route.fetch({ url: backend.url }) });
    });
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === site.url) loaded.add(url.pathname);
    });
    const start = Date.now();
    await page.goto(`${site.url}/admin/`);
    const login = page.getByRole('button', { name: 'Se connecter' });
    await login.waitFor();
    loginTimes.push(Date.now() - start);
    await login.click();
    await page.getByRole('heading', { name: 'Collections' }).waitFor();
    listTimes.push(Date.now() - start);
    assets = loaded;
    // Decap keeps polling the backend: let requests in flight end quietly.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
  await backend.close();
  rmSync(repo, { recursive: true, force: true });
}

let raw = 0;
let gzip = 0;
let brotli = 0;
for (const path of assets) {
  if (!/\.(?:js|css)$/.test(path)) continue;
  const bytes = readFileSync(join(distDir, path));
  raw += bytes.length;
  const compressed = compressedSizes(bytes);
  gzip += compressed.gzip;
  brotli += compressed.brotli;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} Kio`;
console.log(`Runs: ${runs} (fresh browser context each)`);
console.log(`Login button visible: median ${median(loginTimes)} ms (${loginTimes.join(', ')})`);
console.log(
  `Collections list visible (after clicking Se connecter): median ${median(listTimes)} ms (${listTimes.join(', ')})`,
);
console.log(`Admin JS + CSS loaded: raw ${kb(raw)}, gzip ${kb(gzip)}, brotli ${kb(brotli)}`);
