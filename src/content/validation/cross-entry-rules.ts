// The rules across entries, beyond what one file's schema can say: unique names, references that
// lead somewhere, a sound chatbot tree, nothing deleted while still referenced. Pure and free of
// Node: the validator (src/content/validation/validate-content.ts) runs them on content/, the CMS (cms/admin/main.ts) on
// the collections as the backend holds them, with the entry being saved in place.
import { collections, type CollectionDefinition, type CollectionName } from '../collections.ts';
import {
  placedValuesAt,
  referenceFields,
  sitePathFields,
  valuesAt,
  type ReferenceField,
} from '../schema-walk.ts';
import { checkTree, matchesRoute, type RouteValues, type TreeNode } from '../chatbot-tree.ts';
import { routeParams } from '../route-params.ts';
import { customPagePath, customPageRoute } from '../reserved-addresses.ts';
import { pageLinksInBody } from './markup-check.ts';

export type RuleEntry = {
  collection: CollectionName;
  /** Slug (file name without extension). */
  id: string;
  /** Path from the project root, for messages: content/territories/lyon.json. */
  file: string;
  /** The schema's output when `valid`, the raw data otherwise. */
  data: Record<string, unknown>;
  /** Whether the entry passed its schema; rules needing typed data skip the others. */
  valid: boolean;
  /** The Markdown text of a Markdown or MDX entry: the pages it links to must exist. */
  body?: string;
};

export type RuleProblem = {
  file: string;
  /** Dotted path of the field. */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
  /** For a duplicate: the other entry, which the CMS names by its name rather than its file. */
  /** The other entry of a duplicate, and the day they share when the rule is per day. */
  twin?: { file: string; name: string; day?: string };
};

export type RuleFacts = {
  /** Route patterns of src/pages ("/territoires/[slug]/"), for the chatbot's page links. */
  routes: readonly string[];
};

/** Characters nobody sees: zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen. */
const invisible = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu;

/**
 * How two names compare for uniqueness (the one rule of the validator and the CMS): compatibility
 * forms folded (NFKC: "ﬁ" = "fi", full-width letters), invisible characters removed, accents and
 * case ignored, and only letters and digits count: every run of spaces, hyphens, apostrophes and
 * punctuation is one separator, none at both ends. "Lyon", " lyon ", "LYON !", "Ly\u200bon" are
 * the same name, and so are "Seine Saint Denis" and "Seine-Saint-Denis".
 */
export function comparableName(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKC')
    .replace(invisible, '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const referencesByCollection = new Map<CollectionName, ReferenceField[]>(
  (Object.entries(collections) as [CollectionName, CollectionDefinition][]).map(
    ([name, definition]) => [name, referenceFields(definition.schema)],
  ),
);

const folderOf = (collection: string) =>
  `content/${collections[collection as CollectionName]?.folder ?? collection}/`;

/** The fields that name an entry of `collection`, whose values together must be unique. */
function uniqueFieldsOf(collection: CollectionName): readonly string[] {
  const field = (collections[collection] as CollectionDefinition).uniqueField;
  return field === undefined ? [] : typeof field === 'string' ? [field] : field;
}

/** How refusals name the unique value: a name, a person (several fields), or the registry's words. */
export function uniqueWordsOf(collection: CollectionName): { the: string; same: string; another: string } {
  const definition = collections[collection] as CollectionDefinition;
  if (definition.uniqueWords) return definition.uniqueWords;
  return uniqueFieldsOf(collection).length > 1
    ? { the: 'le nom', same: 'la même personne', another: 'un autre nom' }
    : { the: 'le nom', same: 'le même nom', another: 'un autre nom' };
}

/**
 * An entry's name as editors wrote it ("Lyon", "Camille — Unis-Cité", a news item's title), or ""
 * if it has none.
 */
export function entryName(entry: RuleEntry): string {
  const unique = uniqueFieldsOf(entry.collection);
  const titled = definitionOf(entry).uniquePerDay?.field;
  return (unique.length === 0 && titled ? [titled] : unique)
    .map((field) => entry.data[field])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => value.trim())
    .join(' — ');
}

/**
 * Entries that share a key (their collection's unique name, a title on a day): both files are
 * named, each in the other's message, so that either can be fixed.
 */
function sharedKeys(
  entries: readonly RuleEntry[],
  keyOf: (entry: RuleEntry) => { field: string; key: string; day?: string } | undefined,
  message: (entry: RuleEntry, field: string, twin: RuleEntry) => string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Map<string, RuleEntry>();
  for (const entry of entries) {
    const found = keyOf(entry);
    if (!found?.key) continue;
    const group = `${entry.collection}\u0000${found.key}`;
    const first = seen.get(group);
    if (!first) {
      seen.set(group, entry);
      continue;
    }
    for (const [named, twin] of [
      [entry, first],
      [first, entry],
    ] as const) {
      problems.push({
        file: named.file,
        field: found.field,
        twin: {
          file: twin.file,
          name: entryName(twin) || String(twin.data[found.field] ?? '').trim(),
          ...(found.day ? { day: found.day } : {}),
        },
        message: message(named, found.field, twin),
        severity: 'error',
      });
    }
  }
  // A key used three times names the first file twice: keep one line per file and twin.
  return problems.filter(
    (problem, index) =>
      problems.findIndex((p) => p.file === problem.file && p.message === problem.message) === index,
  );
}

const definitionOf = (entry: RuleEntry) => collections[entry.collection] as CollectionDefinition;

/** Two entries of a collection may not share their unique fields (name, title), once compared. */
const uniqueNames = (entries: readonly RuleEntry[]) =>
  sharedKeys(
    entries,
    (entry) => {
      const fields = uniqueFieldsOf(entry.collection);
      const keys = fields.map((field) => comparableName(entry.data[field]));
      if (fields.length === 0 || keys.some((key) => !key)) return undefined;
      return { field: fields[0]!, key: keys.join('\u0000') };
    },
    (named, _field, twin) => {
      const words = uniqueWordsOf(named.collection);
      return `« ${entryName(named)} » est déjà ${words.the} de ${twin.file} : deux entrées ne peuvent pas porter ${words.same} (majuscules, accents, espaces, tirets et ponctuation ne comptent pas).`;
    },
  );

/** The AAAA-MM-JJ of a day field, parsed (Date) or as written. */
const dayKey = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').slice(0, 10);

/** Two news items (or two events) may not share their title on the same day. */
const uniqueTitlesPerDay = (entries: readonly RuleEntry[]) =>
  sharedKeys(
    entries,
    (entry) => {
      const rule = definitionOf(entry).uniquePerDay;
      const title = rule && comparableName(entry.data[rule.field]);
      const day = rule && dayKey(entry.data[rule.day]);
      return rule && title ? { field: rule.field, key: `${day}\u0000${title}`, day } : undefined;
    },
    (named, field, twin) =>
      `« ${String(named.data[field]).trim()} » est déjà le titre de ${twin.file} le même jour (${dayKey(named.data[definitionOf(named).uniquePerDay!.day])}) : changez le titre ou la date.`,
  );

/** Every reference (a territory's porteur, a chatbot step's lines) names an existing entry. */
function referencesExist(entries: readonly RuleEntry[]): RuleProblem[] {
  const ids = idsByCollection(entries);
  const problems: RuleProblem[] = [];
  for (const entry of entries) {
    for (const ref of referencesByCollection.get(entry.collection) ?? []) {
      for (const value of valuesAt(entry.data, ref.path)) {
        if (typeof value === 'string' && !ids.get(ref.collection)?.has(value)) {
          problems.push({
            file: entry.file,
            field: ref.path.join('.'),
            message: `« ${value} » ne correspond à aucune entrée de ${folderOf(ref.collection)}.`,
            severity: 'error',
          });
        }
      }
    }
  }
  return problems;
}

const sitePathsByCollection = new Map<CollectionName, string[][]>(
  (Object.entries(collections) as [CollectionName, CollectionDefinition][]).map(
    ([name, definition]) => [name, sitePathFields(definition.schema)],
  ),
);

/** The field name that problems in an entry's Markdown text are reported under. */
export const bodyField = 'body';

/** The Markdown flavour of a collection's texts, or undefined when its entries have none (JSON). */
function textFormatOf(collection: CollectionName): 'md' | 'mdx' | undefined {
  const format = collections[collection].format;
  return format === 'json' ? undefined : format;
}

/** The collections whose entries link to pages of the site (the menu, the chatbot, texts…). */
export const collectionsLinking: readonly CollectionName[] = [...sitePathsByCollection]
  .filter(([name, paths]) => paths.length > 0 || textFormatOf(name))
  .map(([name]) => name);

/**
 * The pages an entry's text links to, read once per entry: a save, or a deletion, runs the rules
 * on the collections before and after it, with the same entries.
 */
const textLinks = new WeakMap<RuleEntry, string[]>();
function linksInText(entry: RuleEntry): string[] {
  const format = textFormatOf(entry.collection);
  if (!entry.body || !format) return [];
  let links = textLinks.get(entry);
  if (!links) textLinks.set(entry, (links = pageLinksInBody(entry.body, format)));
  return links;
}

/** Whether entries of `collection` link to pages of the site (and so depend on other entries). */
export const linksToPages = (collection: CollectionName) => collectionsLinking.includes(collection);

/**
 * Every address on this site that content links to (the menu, the footer, the home page's
 * buttons, the chatbot's pages, the links in texts) leads to a page: a route of src/pages, its
 * dynamic segments filled by what has a page there (route-params.ts). The anchor and the query
 * are not checked: headings and filters are the pages' own.
 */
function siteLinksExist(entries: readonly RuleEntry[], facts: RuleFacts): RuleProblem[] {
  const ids = idsByCollection(entries);
  const none = new Set<string>();
  const valuesOf: RouteValues = (route, param) => {
    const source = routeParams[route]?.[param];
    return typeof source === 'string' ? (ids.get(source) ?? none) : (source ?? none);
  };
  // A page created by editors is at its address (not its file name), and only such an address
  // matches their route: « /lyon/ » is no page although « lyon » names a territory.
  const customPages = new Set(
    entries
      .filter((e) => e.collection === 'customPages' && typeof e.data.address === 'string')
      .map((e) => customPagePath(e.data.address as string)),
  );
  const otherRoutes = facts.routes.filter((route) => route !== customPageRoute);
  const pageExists = (path: string) =>
    customPages.has(path.endsWith('/') ? path : `${path}/`) ||
    matchesRoute(path, otherRoutes, valuesOf);
  const problems: RuleProblem[] = [];
  for (const entry of entries) {
    const links = [
      ...(sitePathsByCollection.get(entry.collection) ?? []).flatMap((path) =>
        placedValuesAt(entry.data, path),
      ),
      ...linksInText(entry).map((value) => ({ value, field: bodyField })),
    ];
    for (const { value, field } of links) {
      if (typeof value !== 'string') continue;
      if (pageExists(value.split(/[?#]/)[0]!)) continue;
      problems.push({
        file: entry.file,
        field,
        message: `la page « ${value} » n’existe pas sur le site.`,
        severity: 'error',
      });
    }
  }
  return problems;
}

/** The chatbot's tree: one start, no dead end, no loop, real lines (chatbot-tree.ts). */
function chatbotTree(entries: readonly RuleEntry[]): RuleProblem[] {
  const nodes = entries.filter((e) => e.collection === 'chatbot' && e.valid);
  if (nodes.length === 0) return [];
  const helplines = entries.filter((e) => e.collection === 'helplines');
  // Valid entries passed the chatbot schema, so their data has the tree's shape.
  const tree = nodes.map(({ id, file, data }) => ({
    id,
    file,
    data: data as unknown as TreeNode['data'],
  }));
  return (
    checkTree(tree, {
      helplines: new Set(helplines.map((e) => e.id)),
      hasSuicideLine: helplines.some((e) => e.data.dial === '3114'),
    })
      // Missing steps and lines are already reported by referencesExist.
      .filter((problem) => !problem.dangling)
      .map(({ dangling: _, ...problem }) => problem)
  );
}

function idsByCollection(entries: readonly RuleEntry[]): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }
  return ids;
}

/** Every problem across entries: errors stop the build and the CMS, warnings are only shown. */
export function crossEntryProblems(entries: readonly RuleEntry[], facts: RuleFacts): RuleProblem[] {
  return [
    ...uniqueNames(entries),
    ...uniqueTitlesPerDay(entries),
    ...referencesExist(entries),
    ...siteLinksExist(entries, facts),
    ...chatbotTree(entries),
  ];
}

export type Referrer = { entry: RuleEntry; field: string };

/** The entries that point to `collection`/`id`, with the field that does. */
export function referrersOf(
  entries: readonly RuleEntry[],
  collection: CollectionName,
  id: string,
): Referrer[] {
  const referrers: Referrer[] = [];
  for (const entry of entries) {
    if (entry.collection === collection && entry.id === id) continue;
    for (const ref of referencesByCollection.get(entry.collection) ?? []) {
      if (ref.collection !== collection) continue;
      if (valuesAt(entry.data, ref.path).includes(id)) {
        referrers.push({ entry, field: ref.path.join('.') });
        break;
      }
    }
  }
  return referrers;
}

/** Collections whose entries may point to `collection`: what to read before deleting one. */
export function collectionsReferring(collection: CollectionName): CollectionName[] {
  return [...referencesByCollection]
    .filter(([, refs]) => refs.some((ref) => ref.collection === collection))
    .map(([name]) => name);
}

/**
 * The entries whose links would lead nowhere once `collection`/`id` is gone (the menu's link to
 * a territory's page), with the field of each link.
 */
export function linkersOf(
  entries: readonly RuleEntry[],
  facts: RuleFacts,
  collection: CollectionName,
  id: string,
): Referrer[] {
  const same = (entry: RuleEntry) => entry.collection === collection && entry.id === id;
  // `entries` hold the entry itself: a page created by editors is at the address it holds.
  const before = new Set(siteLinksExist(entries, facts).map(problemKey));
  const broken = siteLinksExist(
    entries.filter((entry) => !same(entry)),
    facts,
  ).filter((problem) => !before.has(problemKey(problem)));
  return broken.map((problem) => ({
    entry: entries.find((entry) => entry.file === problem.file)!,
    field: problem.field!,
  }));
}

/**
 * Why `collection`/`id` cannot be deleted (the entries still pointing to it, by a reference or
 * by a link to its page), or null.
 */
export function deletionRefusal(
  entries: readonly RuleEntry[],
  collection: CollectionName,
  id: string,
  facts?: RuleFacts,
): string | null {
  const referrers = [
    ...referrersOf(entries, collection, id),
    ...(facts ? linkersOf(entries, facts, collection, id) : []),
  ].filter(
    (referrer, index, all) => all.findIndex((r) => r.entry.file === referrer.entry.file) === index,
  );
  if (referrers.length === 0) return null;
  const names = referrers.map(({ entry }) => {
    const name = entryName(entry);
    return name ? `« ${name} » (${entry.file})` : entry.file;
  });
  return `cette entrée est encore utilisée par ${referrers.length} entrée${referrers.length > 1 ? 's' : ''} : ${names.join(', ')}. Modifiez ${referrers.length > 1 ? 'les' : 'la'} d’abord pour ${referrers.length > 1 ? 'qu’elles n’y renvoient' : 'qu’elle n’y renvoie'} plus.`;
}

const problemKey = (problem: RuleProblem) =>
  `${problem.severity}\u0000${problem.file}\u0000${problem.field ?? ''}\u0000${problem.message}`;

/**
 * The errors that saving `candidate` would add to the collections as they are now: the entry
 * replaces its stored version (same collection and id), or joins the others when it is new.
 * Problems the content already had are not the editor's doing and do not block the save. Those
 * found on the candidate itself come first: they say what to change in the form on screen.
 */
export function problemsOnSave(
  current: readonly RuleEntry[],
  candidate: RuleEntry,
  facts: RuleFacts,
): RuleProblem[] {
  const same = (entry: RuleEntry) =>
    entry.collection === candidate.collection && entry.id === candidate.id;
  const before = new Set(crossEntryProblems(current, facts).map(problemKey));
  const after = [...current.filter((entry) => !same(entry)), candidate];
  const added = crossEntryProblems(after, facts).filter(
    (problem) => problem.severity === 'error' && !before.has(problemKey(problem)),
  );
  const own = added.filter((problem) => problem.file === candidate.file);
  return own.length > 0 ? own : added;
}
