// French grammar for generated sentences: each porteur says which article its name takes, each
// territory how to say "in" it; this module turns that data into "avec la Fondation ARHM",
// "d’ARHM", "du Club Famille", "dans le Cantal". Never concatenate a bare name into a sentence.

/** The article a name takes inside a sentence ("la Fondation ARHM", "Solipsy" without one). */
export const articles = ['le', 'la', 'l’', 'les', 'aucun'] as const;
export type Article = (typeof articles)[number];

/** How to say "in" a territory: à Lyon, en Isère, dans le Cantal, dans la Marne… */
export const locatives = ['à', 'en', 'dans le', 'dans la', 'dans l’', 'dans les'] as const;
export type Locative = (typeof locatives)[number];

/** A name and the article it takes in a sentence (none when unknown). */
export type NameForm = { name: string; article?: Article | undefined };

/** Prepositions that contract with le/les (de + le = du, à + les = aux). */
export type Preposition = 'de' | 'à' | 'avec' | 'par' | 'pour' | 'chez';

const NBSP_OR_SPACE = /^[\s\u00a0\u202f]+/;

/**
 * Whether a word elides what precedes it (l’EPSM, d’ARHM, d’Île-de-France): it starts with a
 * vowel. A mute h cannot be told from an aspirated one, so editors pick « l’ » themselves there.
 */
export function startsWithVowel(word: string): boolean {
  const first = word.replace(NBSP_OR_SPACE, '').normalize('NFD').charAt(0).toLowerCase();
  return /[aeiouyœæ]/.test(first);
}

/** "la Fondation ARHM", "l’EPSM de la Somme", "Solipsy". */
export function withArticle({ name, article }: NameForm): string {
  switch (article) {
    case 'le':
    case 'la':
      return startsWithVowel(name) ? `l’${name}` : `${article} ${name}`;
    case 'l’':
      return `l’${name}`;
    case 'les':
      return `les ${name}`;
    default:
      return name;
  }
}

/** "de la Fondation ARHM", "du Club Famille", "d’ARHM", "au Club Famille", "avec Solipsy". */
export function withPreposition(preposition: Preposition, form: NameForm): string {
  const article = form.article ?? 'aucun';
  const elided = article === 'l’' || (article !== 'les' && startsWithVowel(form.name));
  if (preposition === 'de') {
    if (article === 'aucun') return elided ? `d’${form.name}` : `de ${form.name}`;
    if (article === 'les') return `des ${form.name}`;
    if (article === 'le' && !elided) return `du ${form.name}`;
  }
  if (preposition === 'à') {
    if (article === 'les') return `aux ${form.name}`;
    if (article === 'le' && !elided) return `au ${form.name}`;
  }
  return `${preposition} ${withArticle(form)}`;
}

/** The first letter in capitals, for a name that opens a sentence: "La Fondation ARHM porte…". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A territory as a place: its name and how to say "in" it. */
export type PlaceForm = {
  name: string;
  locative?: Locative | undefined;
  city?: string | undefined;
};

/**
 * "à Lyon", "en Isère", "dans le Cantal", "dans l’Hérault". Without a recorded form, a city
 * takes « à »; otherwise the sentence says « sur le territoire de … », which is always correct.
 */
export function inPlace({ name, locative, city }: PlaceForm): string {
  const form = locative ?? (city && city === name ? 'à' : undefined);
  if (!form) return `sur le territoire ${withPreposition('de', { name })}`;
  if (form === 'dans l’') return `dans l’${name}`;
  if (form === 'à') {
    // à + Le Havre = au Havre, à + Les Sables = aux Sables.
    const match = /^(Le|Les) (.+)$/.exec(name);
    if (match) return `${match[1] === 'Le' ? 'au' : 'aux'} ${match[2]}`;
  }
  return `${form} ${name}`;
}

/** "la Fondation ARHM" from a porteur's data; `short` uses its short name and article. */
export function porteurForm(
  porteur: {
    name: string;
    shortName: string;
    article?: Article | undefined;
    shortArticle?: Article | undefined;
  },
  short = false,
): NameForm {
  return short
    ? { name: porteur.shortName, article: porteur.shortArticle }
    : { name: porteur.name, article: porteur.article };
}

/** "Lyon et Isère", "Lyon, Isère et Cantal": a French list of words. */
export function joinFrench(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}
