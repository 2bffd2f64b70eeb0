// The Markdown report of the benchmark (tools/bench/results.md).
import { existsSync } from 'node:fs';
import { ownSections, sectionOf } from './sections.ts';
import { cpus, totalmem } from 'node:os';
import type { BuildResult } from './builds.ts';
import type { Scores } from './lighthouse.ts';
import type { Kind, PageSizes } from './page-weight.ts';

/** How the run went, for the report's first paragraph. */
export type RunFacts = {
  startedAt: Date;
  commit: string;
  startLoad: number;
  lighthouseRuns: number;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`;
export const fr = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',');

const previousHeading = '## Passage précédent';
const referenceHeading = '## Référence';

/**
 * A reference run written by hand under « ## Référence » (the figures before a large change,
 * copied from an earlier results file), kept as is from one run to the next, last in the file.
 */
export function referenceRun(markdown: string): string {
  const start = markdown.indexOf(referenceHeading);
  if (start < 0) return '';
  // The sections of other benchmarks, placed after it, are theirs to keep, not the reference's.
  const end = ownSections
    .map((heading) => markdown.indexOf(`\n${heading}\n`, start))
    .filter((index) => index >= 0)
    .reduce((first, index) => Math.min(first, index), Infinity);
  return `${markdown.slice(start, Number.isFinite(end) ? end : undefined).trim()}\n`;
}

/**
 * The page weights and Lighthouse tables of the previous results file, so that each run shows
 * before and after side by side (the one before that is dropped).
 */
export function previousRun(markdown: string): string {
  const produced = /commit (\w+)/.exec(markdown)?.[1] ?? 'inconnu';
  const date = /le (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC/.exec(markdown)?.[1] ?? '';
  const start = markdown.indexOf('## Poids au premier chargement');
  if (start < 0) return '';
  const end = [previousHeading, referenceHeading, ...ownSections]
    .map((heading) => markdown.indexOf(heading))
    .filter((index) => index >= 0)
    .reduce((first, index) => Math.min(first, index), Infinity);
  const body = markdown
    .slice(start, Number.isFinite(end) ? end : undefined)
    .replace(/^## /gm, '### ')
    .trim();
  return [`${previousHeading} (commit ${produced}, ${date} UTC)`, '', body, ''].join('\n');
}

export function report(
  { startedAt, commit, startLoad, lighthouseRuns }: RunFacts,
  builds: BuildResult[],
  measured: (PageSizes & { map: boolean; target: boolean })[],
  scores: { path: string; scores?: Scores; failing?: string[]; error?: string }[],
  previous?: string,
): string {
  const lines: string[] = [];
  const cpu = cpus();
  lines.push(
    '# Banc d’essai',
    '',
    `Produit par \`npm run bench\` (tools/bench/run.ts) le ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `commit ${commit}, sur ${cpu.length} cœur(s) ${cpu[0]?.model.trim() ?? ''}, ` +
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
      'pour toute page sans carte, moins de 150 Ko pour la page de la carte, telle qu’elle s’ouvre (carte ' +
      'statique) et une fois la carte interactive ouverte (bouton « Ouvrir la carte interactive » pressé, ' +
      'carte dessinée) ; l’administration est indiquée pour information.',
    '',
    '| Page | Chemin | HTML | CSS | JS | Données | Autres | Total gzip | Total brotli | Bloquants | Allers-retours | Objectif |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const page of measured) {
    if (!page.sizes) {
      lines.push(`| ${page.label} | — | | | | | | | | | | page absente |`);
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
        `${cell('other')} | ${kb(gzip)} | ${kb(brotli)} | ${page.blocking?.length ?? '—'} | ` +
        `${page.roundTrips ?? '—'} | ${verdict} |`,
    );
  }
  lines.push(
    '',
    'Cellules : taille brotli (nombre de fichiers). « Données » : fichiers JSON ou chargés par ' +
      '`fetch` ; les données embarquées dans le HTML ou dans un module JS comptent avec eux. ' +
      '« Bloquants » : feuilles de style et scripts classiques du `<head>` que le premier affichage ' +
      'attend. « Allers-retours » : avant le premier affichage, connexion ouverte, en démarrage lent ' +
      'TCP (première fenêtre de 14 Ko, doublée à chaque aller-retour) : le HTML, puis les bloquants ' +
      'chargés en parallèle. Un seul aller-retour = la page s’affiche dès la première réponse.',
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
    'Lighthouse (émulation mobile par défaut, le Chromium sans interface des tests, tools/chromium.ts) sur le site servi ' +
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
  if (previous) {
    // Written by benchmarks of their own (npm run bench:pathological): kept as they are.
    for (const heading of ownSections) {
      const kept = sectionOf(previous, heading);
      if (kept) lines.push(kept);
    }
    lines.push(previousRun(previous), referenceRun(previous));
  }
  return lines.join('\n');
}
