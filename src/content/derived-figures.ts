// Figures the home page derives from the content itself, so that they never drift from it:
// an editor who adds a territory through the CMS changes the count on the next build.
// Also the small French wording helpers the editorial pages share.
import type { Porteur } from './schemas/porteurs.ts';

/** "1 territoire", "15 territoires": French plural for a count (0 and 1 take the singular). */
export function pluralize(count: number, singular: string, plural: string): string {
  return Math.abs(count) < 2 ? singular : plural;
}

/** Whole years between a start year and a date (the build date): 2019 → 7 in 2026. */
export function yearsSince(startYear: number, now: Date): number {
  return Math.max(0, now.getFullYear() - startYear);
}

export type DerivedFigure = {
  /** Stable key, written as data-figure on the page (tests read it). */
  key: 'porteurs' | 'territories' | 'years';
  value: number;
  label: string;
};

export type DerivedFigureInput = {
  porteurCount: number;
  territoryCount: number;
  /** Year the programme started: the earliest milestone. */
  startYear: number;
  /** Build date. */
  now: Date;
};

export function derivedFigures({
  porteurCount,
  territoryCount,
  startYear,
  now,
}: DerivedFigureInput): DerivedFigure[] {
  const years = yearsSince(startYear, now);
  return [
    {
      key: 'porteurs',
      value: porteurCount,
      label: pluralize(porteurCount, 'porteur de projets', 'porteurs de projets'),
    },
    {
      key: 'territories',
      value: territoryCount,
      label: pluralize(territoryCount, 'territoire', 'territoires'),
    },
    {
      key: 'years',
      value: years,
      label: `${pluralize(years, 'an', 'ans')} d’action depuis ${startYear}`,
    },
  ];
}

/** The programme's first year: the earliest milestone, or 2019 when the timeline is empty. */
export function firstYear(years: number[], fallback = 2019): number {
  return years.length > 0 ? Math.min(...years) : fallback;
}

const monthNames = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "septembre 2021" and "2021-09" for a milestone, or the year alone when the month is unknown. */
export function milestoneDate(year: number, month?: number): { label: string; datetime: string } {
  if (!month) return { label: String(year), datetime: String(year) };
  return {
    label: `${monthNames[month - 1]} ${year}`,
    datetime: `${year}-${String(month).padStart(2, '0')}`,
  };
}

/** The source every figure cites, when they all cite the same one; otherwise undefined. */
export function commonSource(figures: { source?: string }[]): string | undefined {
  const sources = new Set(figures.map((figure) => figure.source));
  const [only] = sources;
  return figures.length > 1 && sources.size === 1 && only ? only : undefined;
}

/** "Fondateur du programme (2019)", "Franchisé depuis 2021", "Franchisé". */
export function porteurRoleLabel(role: Porteur['role'], yearJoined?: number): string {
  if (role === 'fondateur')
    return yearJoined ? `Fondateur du programme, ${yearJoined}` : 'Fondateur du programme';
  return yearJoined ? `Porteur franchisé depuis ${yearJoined}` : 'Porteur franchisé';
}

/**
 * The network's announced territory count beside the one the content holds, in one sentence that
 * explains the difference; undefined when the settings give no announced count.
 */
export function announcedCountSentence(
  shown: number,
  announced?: { count: number; source: string },
): string | undefined {
  if (!announced) return undefined;
  const { count, source } = announced;
  const claim = `Le réseau annonce ${count} ${pluralize(count, 'territoire', 'territoires')} (${source})`;
  if (count === shown)
    return `${claim} : ${pluralize(count, 'il est présenté', 'tous sont présentés')} ici.`;
  const shownText = `${shown} ${pluralize(shown, 'est présenté', 'sont présentés')} ici`;
  if (count > shown)
    return `${claim} ; ${shownText}, ceux que des sources publiques permettent de décrire. Les autres seront ajoutés dès que leurs informations seront connues.`;
  return `${claim} ; ${shownText} : ${pluralize(shown - count, 'le plus récent n’est', 'les plus récents ne sont')} pas encore compté${shown - count > 1 ? 's' : ''} dans cette annonce.`;
}
