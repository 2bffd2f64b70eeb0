// The benchmark (`npm run bench`): build time, pages per second and peak memory for the real
// content and for the content multiplied by 10 and 100; compressed transfer sizes of each kind of
// page, recorded from a real page load in Chromium; Lighthouse scores. Writes bench/results.md.
// Each build runs in a temporary copy of the project (node_modules linked, content/ generated),
// with a cold cache, so that nothing of the working tree is touched.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { compressedSizes } from '../compressed-size.ts';
import { startStaticServer } from '../static-server.ts';
import { generateContent } from './generate-content.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const factors = (process.env.BENCH_FACTORS ?? '1,10,100').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'asm-bench-'));
const log = (message: string) => console.log(`[bench] ${message}`);

// ─── Builds ─────────────────────────────────────────────────────────────────────────────────

type BuildResult = { factor: number; pages: number; seconds: number; peakMiB: number };

/** A copy of the project with the content multiplied by `factor`. */
function prepareProject(factor: number): string {
  const dir = join(work, `site-x${factor}`);
  const skipped = new Set(['node_modules', 'dist', '.git', 'content', 'bench', '.astro']);
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => !skipped.has(relative(root, source).split('/')[0] ?? ''),
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  generateContent(join(root, 'content'), join(dir, 'content'), factor);
  return dir;
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

/** Runs `astro build` in `project`, measuring wall time and the peak resident memory. */
async function timedBuild(project: string, outDir: string, env: Record<string, string> = {}) {
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime
    ? ['-v', process.execPath, astro, 'build', '--silent']
    : [astro, 'build', '--silent'];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: project,
    env: {
      ...process.env,
      ...env,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(outDir, '..', `cache-${Date.now()}`),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // Without GNU time, sample the peak RSS the kernel keeps for the process (VmHWM).
  let sampledKiB = 0;
  const sampler = useTime
    ? undefined
    : setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          sampledKiB = Math.max(sampledKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        } catch {
          // The process has just ended.
        }
      }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (code !== 0)
    throw new Error(`La construction a échoué (${project}) :\n${stderr.slice(-3000)}`);
  const peakKiB = useTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0)
    : sampledKiB;
  return { seconds, peakMiB: peakKiB / 1024, pages: countPages(outDir) };
}

// ─── Transfer sizes ─────────────────────────────────────────────────────────────────────────

type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
type Sizes = Record<Kind, { raw: number; gzip: number; brotli: number; count: number }>;
type PageSizes = { label: string; path: string | null; sizes?: Sizes; requests?: string[] };

const emptySizes = (): Sizes => ({
  html: { raw: 0, gzip: 0, brotli: 0, count: 0 },
  css: { raw: 0, gzip: 0, brotli: 0, count: 0 },
  js: { raw: 0, gzip: 0, brotli: 0, count: 0 },
  data: { raw: 0, gzip: 0, brotli: 0, count: 0 },
  other: { raw: 0, gzip: 0, brotli: 0, count: 0 },
});

function kindOf(resourceType: string, url: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'fetch' || resourceType === 'xhr' || /\.(json|ya?ml|geojson)$/.test(url)) {
    return 'data';
  }
  return 'other';
}

/** What a first visit to `path` downloads, recorded in Chromium, compressed at the best levels. */
async function measurePage(baseUrl: string, path: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const responses: Promise<{ kind: Kind; url: string; body: Buffer } | null>[] = [];
  page.on('response', (response) => {
    if (response.status() >= 300 && response.status() < 400) return;
    responses.push(
      response
        .body()
        .then((body) => ({
          kind: kindOf(response.request().resourceType(), response.url()),
          url: response.url(),
          body,
        }))
        .catch(() => null),
    );
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  const sizes = emptySizes();
  const requests: string[] = [];
  for (const item of await Promise.all(responses)) {
    if (!item) continue;
    const entry = sizes[item.kind];
    entry.raw += item.body.length;
    const compressed = compressedSizes(item.body);
    entry.gzip += compressed.gzip;
    entry.brotli += compressed.brotli;
    entry.count += 1;
    requests.push(new URL(item.url).pathname);
  }
  await browser.close();
  return { sizes, requests };
}

// ─── Lighthouse ─────────────────────────────────────────────────────────────────────────────

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof categories)[number], number | null>;

async function lighthouseScores(url: string): Promise<{ scores: Scores; failing: string[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumArgs, '--headless=new'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
    const { lhr } = result;
    const scores = Object.fromEntries(
      categories.map((name) => {
        const score = lhr.categories[name]?.score;
        return [name, score === null || score === undefined ? null : Math.round(score * 100)];
      }),
    ) as Scores;
    // The audits that cost points, so that a score under 100 says why.
    const failing = categories.flatMap((name) =>
      (lhr.categories[name]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => `${name} : ${audit!.id} (${audit!.displayValue ?? audit!.score})`),
    );
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}

// ─── Report ─────────────────────────────────────────────────────────────────────────────────

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`;
const fr = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return 'inconnu';
  }
}

const startLoad = loadavg()[0]!;

async function main() {
  const startedAt = new Date();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  let realDist = '';
  const projects = new Map<number, string>();
  for (const factor of factors) {
    log(`contenu ×${factor} : préparation`);
    projects.set(factor, prepareProject(factor));
  }
  // Several rounds over all sizes (the smaller builds are quick and noisy), so that a busy moment
  // of a shared machine does not weigh on one size only; the best run of each size is kept.
  const runsOf = (factor: number) => (factor === 1 ? 3 : factor <= 10 ? 2 : 1);
  const best = new Map<number, BuildResult>();
  for (let round = 0; round < Math.max(...factors.map(runsOf)); round += 1) {
    for (const factor of factors.filter((f) => runsOf(f) > round)) {
      const outDir = join(work, `dist-x${factor}-${round}`);
      // The real content is built for the local address, so that canonical links and the
      // sitemap point where Lighthouse loads the pages.
      const env: Record<string, string> = factor === 1 ? { SITE_URL: `${baseUrl}/` } : {};
      const result = await timedBuild(projects.get(factor)!, outDir, env);
      log(
        `contenu ×${factor} : ${result.pages} pages en ${fr(result.seconds, 2)} s, ${fr(result.peakMiB, 0)} Mio`,
      );
      const previous = best.get(factor);
      if (!previous || result.seconds < previous.seconds) best.set(factor, { factor, ...result });
      // The first build of the real content is kept for the page weights and Lighthouse.
      if (factor === 1 && round === 0) realDist = outDir;
      else rmSync(outDir, { recursive: true, force: true });
    }
  }
  const builds = factors.map((factor) => best.get(factor)!);
  if (!realDist) throw new Error('BENCH_FACTORS doit contenir 1 (le contenu réel).');

  const site = await startStaticServer(realDist, { port });
  const sitemap = readdirSync(realDist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => [
      ...readFileSync(join(realDist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
    ])
    .map((match) => new URL(match[1]!).pathname);
  const first = (pattern: RegExp) => sitemap.find((path) => pattern.test(path)) ?? null;
  const exists = (path: string) => (existsSync(join(realDist, path, 'index.html')) ? path : null);
  const pageKinds: { label: string; path: string | null; map: boolean; target: boolean }[] = [
    { label: 'Accueil', path: exists('/'), map: false, target: true },
    {
      label: 'Liste des territoires (carte)',
      path: exists('/territoires/'),
      map: true,
      target: true,
    },
    { label: 'Territoire', path: first(/^\/territoires\/[^/]+\/$/), map: false, target: true },
    { label: 'Porteur de projet', path: first(/^\/porteurs\/[^/]+\/$/), map: false, target: true },
    { label: 'Besoin de soutien', path: exists('/besoin-de-soutien/'), map: false, target: true },
    { label: 'Franchise sociale', path: exists('/franchise-sociale/'), map: false, target: true },
    { label: 'Administration (CMS)', path: exists('/admin/'), map: false, target: false },
  ];

  const measured: (PageSizes & { map: boolean; target: boolean })[] = [];
  for (const kind of pageKinds) {
    if (!kind.path) {
      measured.push({ ...kind });
      continue;
    }
    log(`poids de ${kind.path}`);
    measured.push({ ...kind, ...(await measurePage(baseUrl, kind.path)) });
  }

  const lighthousePages = ['/', '/territoires/', pageKinds[2]!.path, '/besoin-de-soutien/'];
  const scores: { path: string; scores?: Scores; failing?: string[]; error?: string }[] = [];
  for (const path of lighthousePages) {
    if (!path || !existsSync(join(realDist, path, 'index.html'))) {
      scores.push({ path: path ?? '(aucun territoire)', error: 'page absente' });
      continue;
    }
    log(`Lighthouse ${path}`);
    try {
      // Performance varies from run to run: keep the run with the median performance score.
      const runs: Awaited<ReturnType<typeof lighthouseScores>>[] = [];
      for (let run = 0; run < lighthouseRuns; run += 1) {
        runs.push(await lighthouseScores(new URL(path, baseUrl).href));
      }
      runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      scores.push({ path, ...runs[Math.floor(runs.length / 2)]! });
    } catch (error) {
      scores.push({ path, error: (error as Error).message });
    }
  }
  await site.close();

  writeFileSync(join(root, 'bench/results.md'), report(startedAt, builds, measured, scores));
  log('résultats écrits dans bench/results.md');
  rmSync(work, { recursive: true, force: true });
}

function report(
  startedAt: Date,
  builds: BuildResult[],
  measured: (PageSizes & { map: boolean; target: boolean })[],
  scores: { path: string; scores?: Scores; failing?: string[]; error?: string }[],
): string {
  const lines: string[] = [];
  const cpu = cpus();
  lines.push(
    '# Banc d’essai',
    '',
    `Produit par \`npm run bench\` (scripts/bench/run.ts) le ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `commit ${gitCommit()}, sur ${cpu.length} cœur(s) ${cpu[0]?.model.trim() ?? ''}, ` +
      `${Math.round(totalmem() / 1024 ** 3)} Gio de mémoire, Node ${process.version} ; charge moyenne ` +
      `au départ ${fr(startLoad, 2)} (au-delà du nombre de cœurs, d’autres travaux partageaient la ` +
      'machine et les durées comme la performance Lighthouse en pâtissent).',
    '',
    '## Construction',
    '',
    'Construction à froid (`astro build`, cache vide) dans une copie du projet ; le contenu ×10 et ×100 ' +
      'multiplie porteurs, territoires, témoignages et étapes de l’histoire (copies valides : noms uniques, ' +
      'mêmes départements, références vers les copies des porteurs). Meilleur de trois essais pour ×1, de deux pour ×10, essais alternés entre les tailles. ' +
      `Mémoire : pic de mémoire résidente (${existsSync('/usr/bin/time') ? '`/usr/bin/time -v`' : 'VmHWM de /proc'}).`,
    '',
    '| Contenu | Pages | Durée | Pages par seconde | Durée par page | Pic de mémoire |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const build of builds) {
    lines.push(
      `| ×${build.factor} | ${build.pages} | ${fr(build.seconds, 2)} s | ${fr(build.pages / build.seconds)} | ` +
        `${fr((build.seconds / build.pages) * 1000, 0)} ms | ${fr(build.peakMiB, 0)} Mio |`,
    );
  }
  const base = builds.find((build) => build.factor === 1);
  if (base) {
    lines.push('');
    for (const build of builds.filter((b) => b.factor !== 1)) {
      const timeRatio = build.seconds / base.seconds;
      const pageRatio = build.pages / base.pages;
      lines.push(
        `- ×${build.factor} : ${fr(pageRatio)} fois plus de pages, ${fr(timeRatio)} fois plus de temps — ` +
          (timeRatio <= pageRatio
            ? 'objectif tenu (la durée croît moins vite que le nombre de pages).'
            : '**objectif manqué** (la durée croît plus vite que le nombre de pages).'),
      );
    }
  }

  lines.push(
    '',
    '## Poids au premier chargement',
    '',
    'Tout ce que Chromium télécharge en ouvrant la page (jusqu’au repos du réseau, fenêtre 1280×720), ' +
      'compressé ici au meilleur niveau (gzip 9, brotli 11). Objectifs : moins de 14 Ko compressés (brotli) ' +
      'pour toute page sans carte, moins de 150 Ko pour la page de la carte ; l’administration est ' +
      'indiquée pour information.',
    '',
    '| Page | Chemin | HTML | CSS | JS | Données | Autres | Total gzip | Total brotli | Objectif |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const page of measured) {
    if (!page.sizes) {
      lines.push(`| ${page.label} | — | | | | | | | | page absente |`);
      continue;
    }
    const s = page.sizes;
    const cell = (kind: Kind) => (s[kind].count ? `${kb(s[kind].brotli)} (${s[kind].count})` : '—');
    const gzip = Object.values(s).reduce((sum, v) => sum + v.gzip, 0);
    const brotli = Object.values(s).reduce((sum, v) => sum + v.brotli, 0);
    const limit = page.map ? 150 * 1024 : 14 * 1024;
    const verdict = !page.target
      ? 'pour information'
      : brotli <= limit
        ? `tenu (< ${page.map ? 150 : 14} Ko)`
        : `**manqué** (> ${page.map ? 150 : 14} Ko)`;
    lines.push(
      `| ${page.label} | ${page.path} | ${cell('html')} | ${cell('css')} | ${cell('js')} | ${cell('data')} | ` +
        `${cell('other')} | ${kb(gzip)} | ${kb(brotli)} | ${verdict} |`,
    );
  }
  lines.push(
    '',
    'Cellules : taille brotli (nombre de fichiers). « Données » : fichiers JSON ou chargés par ' +
      '`fetch` ; les données embarquées dans le HTML ou dans un module JS comptent avec eux.',
    '',
  );
  lines.push('<details><summary>Fichiers téléchargés par page</summary>', '');
  for (const page of measured.filter((p) => p.requests)) {
    lines.push(`- ${page.path} : ${page.requests!.join(', ')}`);
  }
  lines.push('', '</details>');

  lines.push(
    '',
    '## Lighthouse',
    '',
    'Lighthouse (émulation mobile par défaut, Chromium de Debian sans interface) sur le site servi ' +
      'localement avec les en-têtes de dist/_headers et la compression ; pour chaque page, l’essai ' +
      `de performance médiane sur ${lighthouseRuns}. Objectif : 100 partout.`,
    '',
    '| Page | Performance | Accessibilité | Bonnes pratiques | SEO |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const entry of scores) {
    if (!entry.scores) {
      lines.push(`| ${entry.path} | ${entry.error} | | | |`);
      continue;
    }
    const s = entry.scores;
    lines.push(
      `| ${entry.path} | ${s.performance ?? '—'} | ${s.accessibility ?? '—'} | ${s['best-practices'] ?? '—'} | ${s.seo ?? '—'} |`,
    );
  }
  const failing = scores.filter((entry) => entry.failing?.length);
  if (failing.length) {
    lines.push('', 'Audits qui retirent des points :', '');
    for (const entry of failing) lines.push(`- ${entry.path} : ${entry.failing!.join(' ; ')}`);
  }
  lines.push('');
  return lines.join('\n');
}

mkdirSync(join(root, 'bench'), { recursive: true });
try {
  await main();
} catch (error) {
  rmSync(work, { recursive: true, force: true });
  throw error;
}
