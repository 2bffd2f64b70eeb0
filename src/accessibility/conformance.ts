// What an RGAA audit amounts to, computed as RGAA defines it: the conformance rate is the number
// of criteria met divided by the number of criteria that apply (« non applicable » ones left
// out), and the site is « totalement conforme » at 100 %, « partiellement conforme » from 50 %,
// « non conforme » below. Pure: the statement page, its test and the footer read these.
import type { RgaaCriterion } from '../content/schemas/accessibility-audit.ts';

export type ConformanceStatus = 'totalement conforme' | 'partiellement conforme' | 'non conforme';

export type Conformance = {
  /** Criteria met. */
  conforming: number;
  /** Criteria that apply: met or not. */
  applicable: number;
  /** Criteria met among those that apply, in percent (0 when none applies). */
  rate: number;
  status: ConformanceStatus;
  /** The criteria not met, in RGAA's order. */
  failing: RgaaCriterion[];
};

export function conformance(criteria: readonly RgaaCriterion[]): Conformance {
  const failing = criteria.filter((criterion) => criterion.status === 'non conforme');
  const conforming = criteria.filter((criterion) => criterion.status === 'conforme').length;
  const applicable = conforming + failing.length;
  const rate = applicable === 0 ? 0 : (conforming / applicable) * 100;
  const status: ConformanceStatus =
    applicable > 0 && failing.length === 0
      ? 'totalement conforme'
      : rate >= 50
        ? 'partiellement conforme'
        : 'non conforme';
  return { conforming, applicable, rate, status, failing };
}

/**
 * The rate as the statement writes it, « 97,1 % »: one decimal, rounded down, so that a site
 * with one criterion failing never reads « 100 % ».
 */
export function formatRate(rate: number): string {
  const floored = Math.floor(rate * 10) / 10;
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(floored)}\u00a0%`;
}
