import { z } from 'astro/zod';

// The RGAA self-audit (src/accessibility/rgaa-audit.json). It is the team's data, not the
// editors': each result rests on a test of this repository or on a check made by hand, so it
// lives with the code, is changed in a commit beside the tests it names, and is not in the CMS.

/** RGAA 4.1's thirteen topics, in order, with their number of criteria (106 in all). */
export const rgaaTopics = [
  ['Images', 9],
  ['Cadres', 2],
  ['Couleurs', 3],
  ['Multimédia', 13],
  ['Tableaux', 8],
  ['Liens', 2],
  ['Scripts', 5],
  ['Éléments obligatoires', 10],
  ['Structuration de l’information', 4],
  ['Présentation de l’information', 14],
  ['Formulaires', 13],
  ['Navigation', 11],
  ['Consultation', 12],
] as const;

/** The criterion numbers RGAA 4.1 has, in order: 1.1 … 13.12. */
export const rgaaCriterionNumbers: string[] = rgaaTopics.flatMap(([, count], topic) =>
  Array.from({ length: count }, (_, index) => `${topic + 1}.${index + 1}`),
);

export const rgaaStatuses = ['conforme', 'non conforme', 'non applicable'] as const;

const isoDate = z.iso.date({ error: 'Date attendue au format AAAA-MM-JJ.' });
const sentence = z.string().trim().min(10, 'Une phrase au moins.');

/** A test of this repository's suite that checks the criterion. */
const automatedCheck = z.strictObject({
  /** The test file, from the repository's root: tests/browser/crawl.test.ts. */
  file: z.string().regex(/^tests\/[\w/.-]+\.test\.ts$/, 'Un fichier de test : tests/….test.ts.'),
  /** The test's title (or its describe block's), exactly as written in the file. */
  test: z.string().min(3),
});

/** A check made by hand, in a browser (keyboard, zoom, styles removed…) or in the code. */
const manualCheck = z.strictObject({
  /** The day of the check. */
  date: isoDate,
  /** What was done and seen, in a sentence or two. */
  note: sentence,
});

export type AutomatedCheck = z.output<typeof automatedCheck>;
export type ManualCheck = z.output<typeof manualCheck>;

/** One RGAA criterion, its result on the sample, and how that result was established. */
const criterionSchema = z
  .strictObject({
    /** « 1.1 » … « 13.12 ». */
    number: z.string().regex(/^\d{1,2}\.\d{1,2}$/),
    /** The criterion's topic (« Images »), as RGAA names it. */
    topic: z.string().min(3),
    /** The criterion itself, as RGAA words it. */
    title: z.string().min(10),
    /** Its result over the whole sample: « conforme » only when met on every page. */
    status: z.enum(rgaaStatuses),
    /** How it was checked: at least one named test or dated manual check. */
    checks: z.array(z.union([automatedCheck, manualCheck])).min(1),
    /** For a criterion « non conforme »: what fails, as the statement says it. */
    failure: sentence.optional(),
  })
  .refine((criterion) => (criterion.status === 'non conforme') === Boolean(criterion.failure), {
    path: ['failure'],
    message: 'Un critère « non conforme », et lui seul, dit ce qui échoue (failure).',
  });

export type RgaaCriterion = z.output<typeof criterionSchema>;

/** Content that does not have to be accessible, or is exempted, with why. */
const exception = z.strictObject({
  /** The content concerned. */
  content: sentence,
  /** Why (the disproportionate burden, or the legal exemption). */
  reason: sentence,
});

/** A browser or an assistive technology of the test environment, with its version. */
const software = z.strictObject({
  name: z.string().min(2),
  version: z.string().min(1),
  /** How it was used (« sans interface, piloté par Playwright »). */
  note: z.string().optional(),
});

export const accessibilityAuditSchema = z
  .strictObject({
    /** The RGAA version audited against. */
    version: z.literal('4.1'),
    /** The day the audit was completed: the statement's date. */
    date: isoDate,
    /** Who made the audit (« l’équipe technique du site (auto-évaluation) »). */
    auditor: z.string().min(3),
    /** The pages audited (RGAA's sample): their title and address. */
    sample: z
      .array(
        z.strictObject({
          title: z.string().min(3),
          path: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'Une adresse du site : /territoires/.'),
        }),
      )
      .min(1),
    /** Technologies the site relies on. */
    technologies: z.array(z.string().min(2)).min(1),
    /** Browsers the checks ran in. */
    browsers: z.array(software).min(1),
    /** Assistive technologies used for the checks; empty when none was. */
    assistiveTechnologies: z.array(software),
    /** Contents not made accessible for a disproportionate burden. */
    derogations: z.array(exception),
    /** Contents exempted by law from the obligation. */
    exemptions: z.array(exception),
    /** Every RGAA criterion, in RGAA's order. */
    criteria: z.array(criterionSchema),
  })
  .superRefine((audit, context) => {
    const numbers = audit.criteria.map((criterion) => criterion.number);
    if (numbers.join(' ') !== rgaaCriterionNumbers.join(' ')) {
      context.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `Les ${rgaaCriterionNumbers.length} critères du RGAA 4.1 sont attendus, dans l’ordre (1.1 … 13.12).`,
      });
    }
    audit.criteria.forEach((criterion, index) => {
      const topic = rgaaTopics[Number(criterion.number.split('.')[0]) - 1]?.[0];
      if (topic && criterion.topic !== topic) {
        context.addIssue({
          code: 'custom',
          path: ['criteria', index, 'topic'],
          message: `Le critère ${criterion.number} appartient à la thématique « ${topic} ».`,
        });
      }
    });
  });

export type AccessibilityAudit = z.output<typeof accessibilityAuditSchema>;
