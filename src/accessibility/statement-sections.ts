// The sections of the accessibility statement (RGAA's model statement), named once for the
// page's headings and its table of contents.
import type { Settings } from '../content/schemas/settings.ts';

const fixed = [
  ['status', 'etat-de-conformite', 'État de conformité'],
  ['results', 'resultats-des-tests', 'Résultats des tests'],
  ['inaccessible', 'contenus-non-accessibles', 'Contenus non accessibles'],
  ['established', 'etablissement', 'Établissement de cette déclaration'],
  ['feedback', 'retour-d-information', 'Retour d’information et contact'],
  ['remedies', 'voies-de-recours', 'Voies de recours'],
] as const;

type SectionKey = (typeof fixed)[number][0] | 'multiYearScheme';

/** The id of each section's heading. */
export const statementSectionIds = {
  ...(Object.fromEntries(fixed.map(([key, id]) => [key, id])) as Record<
    (typeof fixed)[number][0],
    string
  >),
  multiYearScheme: 'schema-pluriannuel',
} satisfies Record<SectionKey, string>;

/** The id of a year's action plan. */
export const actionPlanId = (year: number) => `plan-${year}`;

/** The yearly plans, the latest first. */
export const sortedPlans = (accessibility: Settings['accessibility']) =>
  [...(accessibility?.actionPlans ?? [])].sort((a, b) => b.year - a.year);

/** The table of contents: the fixed sections, then the strategy the editors wrote, if any. */
export function statementToc(accessibility: Settings['accessibility']) {
  const scheme = accessibility?.multiYearScheme;
  return [
    ...fixed.map(([, slug, text]) => ({ slug, text })),
    ...(scheme
      ? [
          {
            slug: statementSectionIds.multiYearScheme,
            text: `Schéma pluriannuel ${scheme.period}`,
          },
        ]
      : []),
    ...sortedPlans(accessibility).map((plan) => ({
      slug: actionPlanId(plan.year),
      text: `Plan d’action ${plan.year}`,
    })),
  ];
}
