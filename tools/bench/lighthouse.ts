// Lighthouse scores of a page (mobile emulation), with the audits that cost points.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../chromium.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof categories)[number], number | null>;

export async function lighthouseScores(
  url: string,
): Promise<{ scores: Scores; failing: string[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
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
