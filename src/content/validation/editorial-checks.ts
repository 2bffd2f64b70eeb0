// Editorial checks across the content: what the site would otherwise show badly. Placeholders
// ("à compléter") are refused, since visitors must never read them; the rest are warnings that
// the build prints and goes on: legal facts still missing, health advice nobody has reviewed,
// names without their French article or "in" form.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { uploadSource } from '../uploads.ts';
import type { CrossCheck } from './validate-content.ts';
import { missingLegalFacts } from '../legal-facts.ts';
import type { Settings } from '../schemas/settings.ts';

/** Words that stand in for missing information; never shown to visitors. */
export const placeholderPattern =
  /(?<![\p{L}\p{N}])(?:à\s+compléter|à\s+définir|à\s+préciser|lorem\s+ipsum|TODO|TBD|FIXME|XXX)(?![\p{L}\p{N}])|\[\s*(?:\.\.\.|…)\s*\]/iu;

/** Every string of a data tree, with its dotted path. */
function* strings(value: unknown, path: string[] = []): Generator<[string, string]> {
  if (typeof value === 'string') yield [path.join('.'), value];
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* strings(item, [...path, String(i)]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
  }
}

export const noPlaceholders: CrossCheck = (entries, { report }) => {
  for (const entry of entries) {
    const texts: [string, string][] = [...strings(entry.data), ['corps du texte', entry.body]];
    for (const [field, text] of texts) {
      const found = placeholderPattern.exec(text);
      if (!found) continue;
      report({
        file: entry.file,
        field: field || undefined,
        message: `« ${found[0]} » serait affiché aux visiteurs : retirez-le. Une information inconnue se laisse vide, la page s’adapte.`,
      });
    }
  }
};

export const legalFactsReminder: CrossCheck = (entries, { warn }) => {
  const settings = entries.find((e) => e.collection === 'settings' && e.valid);
  if (!settings) return;
  for (const fact of missingLegalFacts(settings.data.legal as Settings['legal'])) {
    warn({
      file: settings.file,
      field: `legal.${fact.key}`,
      label: fact.label,
      message: `manquant : la page /${fact.page}/ ne peut pas l’indiquer, alors que la loi le demande.`,
    });
  }
};

export const unreviewedAdvice: CrossCheck = (entries, { warn }) => {
  for (const step of entries.filter((e) => e.collection === 'chatbot' && e.valid)) {
    if (step.data.advice && !step.data.review) {
      warn({
        file: step.file,
        field: 'review',
        message:
          'cette étape donne un conseil de santé que personne n’a encore relu : faites-le relire par un professionnel du programme et indiquez la date et sa fonction.',
      });
    }
  }
};

export const frenchForms: CrossCheck = (entries, { warn }) => {
  for (const entry of entries.filter((e) => e.valid)) {
    if (entry.collection === 'porteurs' && !entry.data.article) {
      warn({
        file: entry.file,
        field: 'article',
        message:
          'article non indiqué : les phrases du site écrivent le nom sans article (« avec Solipsy »). Choisissez « la », « le »… si le nom en prend un.',
      });
    }
    if (
      entry.collection === 'territories' &&
      !entry.data.locative &&
      entry.data.city !== entry.data.name
    ) {
      warn({
        file: entry.file,
        field: 'locative',
        message:
          'non indiqué : le site écrit « sur le territoire de … ». Choisissez « en », « dans le »… pour une phrase naturelle.',
      });
    }
  }
};

/** Image fields of the collections: each value must name a file uploaded in src/assets/uploads/. */
const imageFields = { porteurs: 'logo', territories: 'photo', testimonials: 'photo' } as const;
/** Images of a Markdown text that name an upload ("![…](/uploads/photo.png)"). */
const bodyUploads = /!\[[^\]]*\]\(\s*<?(\/uploads\/[^\s)>]+)/g;

export const uploadsExist: CrossCheck = (entries, { report, projectRoot }) => {
  for (const entry of entries.filter((e) => e.valid)) {
    const field = imageFields[entry.collection as keyof typeof imageFields];
    const value = field ? entry.data[field] : undefined;
    const named: [string | undefined, string][] = [
      ...(typeof value === 'string' ? [[field, value] as [string, string]] : []),
      ...[...entry.body.matchAll(bodyUploads)].map(
        (match) => ['corps du texte', match[1]!] as [string, string],
      ),
    ];
    for (const [where, path] of named) {
      if (existsSync(join(projectRoot, uploadSource(path)))) continue;
      report({
        file: entry.file,
        field: where,
        message: `l’image « ${path} » est introuvable : téléversez-la depuis le CMS (elle est rangée dans src/assets/uploads/).`,
      });
    }
  }
};

export const editorialChecks: CrossCheck[] = [
  uploadsExist,
  noPlaceholders,
  legalFactsReminder,
  unreviewedAdvice,
  frenchForms,
];
