// The benchmark (`npm run bench`): build time, pages per second and peak memory for the real
// content and for the content multiplied by 10 and 100; compressed transfer sizes of each kind of
// page and the round trips before its first paint, recorded from a real page load in Chromium;
// Lighthouse scores. Writes tools/bench/results.md.
// Each build runs in a temporary copy of the project (node_modules linked, content/ generated),
// with a cold cache, so that nothing of the working tree is touched.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port.ts';
import { sitemapPages } from '../sitemap.ts';
import { startStaticServer } from '../static-server.ts';
import { prepareProject, timedBuild, type BuildResult } from './builds.ts';
import { lighthouseScores, type Scores } from './lighthouse.ts';
import { measurePage, type PageSizes } from './page-weight.ts';
import { fr, report } from './report.ts';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { searchPath } from '../../src/search/search-page.ts';

/** The query whose download the benchmark weighs: a help word (issue 19). */
const benchQuery = 'angoisse';

const root = fileURLToPath(new URL('../../', import.meta.url));
const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const factors = (process.env.BENCH_FACTORS ?? '1,10,100').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'asm-bench-'));
const log = (message: string) => console.log(`[bench] ${message}`);
const startLoad = loadavg()[0]!;

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return 'inconnu';
  }
}

/** Builds every size, several rounds; returns the best run of each and the real content's site. */
async function buildAll(baseUrl: string) {
  let realDist = '';
  const projects = new Map<number, string>();
  for (const factor of factors) {
    log(`contenu ×${factor} : préparation`);
    projects.set(factor, prepareProject(root, work, factor));
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
  if (!realDist) throw new Error('BENCH_FACTORS doit contenir 1 (le contenu réel).');
  return { builds: factors.map((factor) => best.get(factor)!), realDist };
}

/** One page of each kind: the fixed pages and the first entry page of each collection. */
function pageKinds(realDist: string) {
  const sitemap = sitemapPages(realDist).map((page) => page.path);
  const first = (pattern: RegExp) => sitemap.find((path) => pattern.test(path)) ?? null;
  const exists = (path: string) => (existsSync(join(realDist, path, 'index.html')) ? path : null);
  return [
    { label: 'Accueil', path: exists('/'), map: false, target: true },
    { label: 'Liste des territoires', path: exists('/territoires/'), map: true, target: true },
    // The same page once a visitor has asked for the interactive map (Leaflet and its data).
    {
      label: 'Liste des territoires, carte interactive ouverte',
      path: exists('/territoires/'),
      map: true,
      target: true,
      openMap: true,
    },
    { label: 'Territoire', path: first(/^\/territoires\/[^/]+\/$/), map: false, target: true },
    { label: 'Porteur de projet', path: first(/^\/porteurs\/[^/]+\/$/), map: false, target: true },
    { label: 'Besoin de soutien', path: exists('/besoin-de-soutien/'), map: false, target: true },
    { label: 'Franchise sociale', path: exists('/franchise-sociale/'), map: false, target: true },
    // The search page as it opens, then one query's download (Pagefind's script, its WebAssembly,
    // the index chunks and the results' fragments), a help word young people type.
    { label: 'Recherche', path: exists(searchPath), map: false, target: true },
    {
      label: `Recherche, requête « ${benchQuery} »`,
      path: exists(searchPath),
      map: false,
      target: false,
      searchFor: benchQuery,
    },
    { label: 'Administration (CMS)', path: exists('/admin/'), map: false, target: false },
  ];
}

async function main() {
  const startedAt = new Date();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { builds, realDist } = await buildAll(baseUrl);

  const site = await startStaticServer(realDist, { port });
  const kinds = pageKinds(realDist);
  const measured: (PageSizes & { map: boolean; target: boolean })[] = [];
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: chromiumArgs,
  });
  for (const kind of kinds) {
    if (!kind.path) {
      measured.push({ ...kind });
      continue;
    }
    log(`poids de ${kind.path}`);
    measured.push({ ...kind, ...(await measurePage(browser, baseUrl, kind.path, kind)) });
  }
  await browser.close();

  const territoryPage = kinds.find((kind) => kind.label === 'Territoire')?.path ?? null;
  const lighthousePages = ['/', '/territoires/', territoryPage, '/besoin-de-soutien/'];
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

  const facts = { startedAt, commit: gitCommit(), startLoad, lighthouseRuns };
  const resultsFile = join(root, 'tools/bench/results.md');
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : undefined;
  writeFileSync(resultsFile, report(facts, builds, measured, scores, previous));
  log('résultats écrits dans tools/bench/results.md');
  rmSync(work, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  rmSync(work, { recursive: true, force: true });
  throw error;
}
