// Preview templates: the main collections render in the preview pane with the same markup and class
// names as their cards on the site, styled by the site's CSS and cms/admin/preview.css.
import type { z } from 'astro/zod';
import { createElement as h, useEffect, type ComponentType } from 'react';
import { milestoneDate } from '../../src/content/derived-figures.ts';
import { emergencyHref } from '../../src/help/emergency.ts';
import { departements } from '../../src/content/departements.ts';
import { departementLabel } from '../../src/content/departement-label.ts';
import { hoursInWords } from '../../src/help/opening-hours.ts';
import { newsKindLabels, type NewsKind } from '../../src/content/schemas/news.ts';
import { dayInWords } from '../../src/news/paris-time.ts';
import { eventWhenInWords } from '../../src/news/event-time.ts';
import { pressSourceSentence } from '../../src/news/press.ts';
import { helplineSchema, type OpeningHours } from '../../src/content/schemas/helplines.ts';
import { collections, type CollectionDefinition } from '../../src/content/collections.ts';
import type { homeSchema } from '../../src/content/schemas/home.ts';
import type { navigationSchema } from '../../src/content/schemas/navigation.ts';
import type { siteLink } from '../../src/content/schemas/fields.ts';
import { prepareEntry } from '../config/entry-check.ts';
import previewStyles from './preview.css?url';
import helplineCardStyles from '../../src/components/help/helpline-card.css?url';
import testimonialCardStyles from '../../src/components/site/testimonial-card.css?url';

type DecapCms = (typeof import('decap-cms-app'))['default'];
// Decap's own prop types, read from its registration function.
type PreviewProps =
  Parameters<DecapCms['registerPreviewTemplate']>[1] extends ComponentType<infer P> ? P : never;

const departementNames = new Map(departements.map((d) => [d.code, d.nom]));

function dataOf(entry: PreviewProps['entry']): Record<string, unknown> {
  return (entry.get('data')?.toJS() ?? {}) as Record<string, unknown>;
}

/** The display name of a referenced entry, from the relation widget's metadata, else its slug. */
function referencedName(props: PreviewProps, field: string, collection: string, slug: unknown) {
  if (typeof slug !== 'string' || !slug) return undefined;
  const name = props.fieldsMetaData?.getIn([field, collection, slug, 'name']);
  return typeof name === 'string' ? name : slug;
}

function TerritoryPreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  const code = String(data.departement ?? '');
  const porteur = referencedName(props, 'porteur', 'porteurs', data.porteur);
  const sources = (data.sources as string[] | undefined) ?? [];
  return h(
    'main',
    { className: 'container prose cms-preview' },
    h('h1', null, String(data.name ?? '')),
    h(
      'p',
      { className: 'cms-preview__meta' },
      `Département : ${departementLabel(departementNames.get(code) ?? '—', code)}`,
      data.city ? ` · Ville : ${String(data.city)}` : null,
      data.since ? ` · Depuis ${String(data.since)}` : null,
    ),
    porteur && h('p', null, h('strong', null, 'Porteur de projet : '), porteur),
    data.description ? h('p', null, String(data.description)) : null,
    sources.length > 0 &&
      h(
        'ul',
        { 'aria-label': 'Sources' },
        sources.map((url) => h('li', { key: url }, h('a', { href: url }, url))),
      ),
  );
}

function HelplinePreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  // The site's own rules first: hours the save would refuse (09:00–09:00…) are said refused, never
  // put into words (an empty slot would read « 24 h/24 »).
  const checked = helplineSchema.shape.hours.safeParse(data.hours);
  let hours = 'Horaires non communiqués';
  if (!checked.success)
    hours = `Horaires refusés : ${checked.error.issues.map((issue) => issue.message).join(' ; ')}`;
  else hours = hoursInWords(checked.data as OpeningHours | undefined);
  return h(
    'main',
    { className: 'container cms-preview' },
    h(
      'article',
      { className: 'helpline' },
      h('h3', { className: 'helpline__name' }, String(data.name ?? '')),
      data.dial
        ? h(
            'a',
            { className: 'helpline__number', href: `tel:${String(data.dial)}` },
            String(data.number ?? data.dial),
          )
        : null,
      data.url
        ? h('a', { className: 'helpline__url', href: String(data.url) }, 'Voir le site')
        : null,
      h('p', null, h('strong', null, 'Pour qui : '), String(data.audience ?? '')),
      h('p', null, String(data.description ?? '')),
      h('p', null, h('strong', null, 'Horaires (heure de Paris) : '), hours),
      data.hoursNote ? h('p', { className: 'helpline__note' }, String(data.hoursNote)) : null,
      data.free || data.anonymous
        ? h(
            'ul',
            { className: 'helpline__badges inline-list', 'aria-label': 'Conditions' },
            data.free ? h('li', null, 'Gratuit') : null,
            data.anonymous ? h('li', null, 'Anonyme') : null,
          )
        : null,
    ),
  );
}

function TestimonialPreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  const firstName = String(data.firstName ?? '');
  return h(
    'main',
    { className: 'container cms-preview' },
    h(
      'article',
      { className: 'testimonial' },
      h(
        'header',
        { className: 'testimonial__header' },
        h('span', { className: 'testimonial__initial', 'aria-hidden': true }, firstName.charAt(0)),
        h(
          'div',
          null,
          h('h3', { className: 'testimonial__name' }, firstName),
          h(
            'p',
            { className: 'testimonial__role' },
            String(data.role ?? ''),
            h('br'),
            String(data.organisation ?? ''),
            ' · ',
            String(data.place ?? ''),
          ),
        ),
      ),
      h('div', { className: 'testimonial__body' }, props.widgetFor('body')),
    ),
  );
}

function PorteurPreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  const logo = data.logo ? String(props.getAsset(String(data.logo))) : undefined;
  return h(
    'main',
    { className: 'container prose cms-preview' },
    logo
      ? h('img', { className: 'cms-preview__logo', src: logo, alt: String(data.logoAlt ?? '') })
      : null,
    h('h1', null, String(data.name ?? '')),
    h(
      'p',
      { className: 'cms-preview__meta' },
      `${data.role === 'fondateur' ? 'Fondateur du programme' : 'Franchisé'} · ${String(data.region ?? '')} · ${String(data.area ?? '')}`,
      data.yearJoined ? ` · Dans le réseau depuis ${String(data.yearJoined)}` : null,
    ),
    props.widgetFor('body'),
    data.website
      ? h('p', null, h('a', { href: String(data.website) }, 'Site web de la structure'))
      : null,
  );
}

/** A day field as the editor holds it (AAAA-MM-JJ text, or a date), as the schemas read it. */
function dayOf(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  return new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

function NewsPreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  const date = dayOf(data.date);
  const press = data.press as
    { outlet?: string; originalTitle?: string; url?: string; publishedOn?: string } | undefined;
  const image = data.image ? String(props.getAsset(String(data.image))) : undefined;
  return h(
    'main',
    { className: 'container prose cms-preview' },
    h(
      'p',
      { className: 'cms-preview__meta' },
      newsKindLabels[data.kind as NewsKind] ?? 'Actualité',
      ' · ',
      date ? `Publié le ${dayInWords(date)}` : 'Date de publication à choisir',
      data.draft ? ' · Brouillon : pas publié' : null,
    ),
    h('h1', null, String(data.title ?? '')),
    h('p', null, h('strong', null, String(data.summary ?? ''))),
    image
      ? h('img', { className: 'cms-preview__image', src: image, alt: String(data.imageAlt ?? '') })
      : null,
    props.widgetFor('body'),
    press?.outlet && press.url
      ? h(
          'aside',
          { className: 'cms-preview__source' },
          h('h2', null, 'L’article d’origine'),
          h(
            'p',
            null,
            pressSourceSentence({
              outlet: press.outlet,
              url: press.url,
              originalTitle: press.originalTitle,
              publishedOn: press.publishedOn,
            }),
          ),
          h(
            'p',
            null,
            h('a', { href: press.url }, `Lire l’article sur le site de ${press.outlet}`),
          ),
        )
      : null,
  );
}

function EventPreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  const startDate = dayOf(data.startDate);
  const when = startDate
    ? eventWhenInWords({
        startDate,
        startTime: (data.startTime as string) || undefined,
        endDate: dayOf(data.endDate),
        endTime: (data.endTime as string) || undefined,
      })
    : 'Date à choisir';
  const code = String(data.departement ?? '');
  return h(
    'main',
    { className: 'container prose cms-preview' },
    data.draft ? h('p', { className: 'cms-preview__meta' }, 'Brouillon : pas publié') : null,
    h('h1', null, String(data.title ?? '')),
    h('p', null, h('strong', null, String(data.summary ?? ''))),
    h(
      'dl',
      null,
      h('dt', null, 'Quand'),
      h('dd', null, when),
      h('dt', null, 'Où'),
      h(
        'dd',
        null,
        [data.venue, data.address, data.city].filter(Boolean).map(String).join(', '),
        code ? ` (${departementLabel(departementNames.get(code) ?? '—', code)})` : null,
      ),
      h('dt', null, 'Pour qui'),
      h('dd', null, String(data.audience ?? '')),
      h('dt', null, 'Inscription'),
      h(
        'dd',
        null,
        data.registrationUrl
          ? h('a', { href: String(data.registrationUrl) }, 'S’inscrire')
          : data.freeEntry
            ? 'Entrée libre'
            : 'Renseignez-vous auprès des organisateurs.',
      ),
    ),
    props.widgetFor('body'),
  );
}

function MilestonePreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  const year = Number(data.year);
  const date = Number.isInteger(year)
    ? milestoneDate(year, typeof data.month === 'number' ? data.month : undefined)
    : undefined;
  return h(
    'main',
    { className: 'container cms-preview' },
    h(
      'ol',
      { className: 'cms-preview__timeline' },
      h(
        'li',
        null,
        date ? h('time', { dateTime: date.datetime }, date.label) : null,
        h('h3', null, String(data.title ?? '')),
        h('p', null, String(data.text ?? '')),
      ),
    ),
  );
}

function ChatbotPreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  const paragraphs = String(data.message ?? '').split(/\n\s*\n/);
  return h(
    'main',
    { className: 'container prose cms-preview' },
    h('h1', null, String(data.title ?? '')),
    paragraphs.map((text, index) => h('p', { key: index }, text)),
  );
}

type EmergencyData = { number?: string; dial?: string; label?: string; reach?: 'call' | 'sms' };

/** The settings as the pages show them: the name and description, the emergency numbers. */
function SettingsPreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  const emergencies = (data.emergencyNumbers as EmergencyData[] | undefined) ?? [];
  return h(
    'main',
    { className: 'container prose cms-preview' },
    h('h1', null, String(data.siteName ?? '')),
    h('p', { className: 'cms-preview__meta' }, String(data.shortDescription ?? '')),
    h('h2', null, 'En cas de danger immédiat'),
    h(
      'ul',
      null,
      emergencies.map((emergency, index) =>
        h(
          'li',
          { key: index },
          h(
            'a',
            {
              href: emergencyHref({ dial: emergency.dial ?? '', reach: emergency.reach ?? 'call' }),
            },
            String(emergency.number ?? ''),
          ),
          ` : ${String(emergency.label ?? '')}`,
        ),
      ),
    ),
    h(
      'p',
      null,
      h('strong', null, 'Bouton « Quitter rapidement » : '),
      `ouvre ${String(data.quickExitUrl ?? '')}`,
    ),
  );
}

type LinkData = Partial<z.input<ReturnType<typeof siteLink>>>;

/** Links as the site shows them, each with the address it opens (which the editor checks). */
const linkList = (links: LinkData[] | undefined, label: string) =>
  h(
    'nav',
    { 'aria-label': label },
    h(
      'ul',
      null,
      (links ?? []).map((link, index) =>
        h(
          'li',
          { key: index },
          h('a', { href: link.href ?? '' }, String(link.label ?? '')),
          h('span', { className: 'cms-preview__meta' }, ` (${String(link.href ?? '')})`),
        ),
      ),
    ),
  );

/** The menu and the footer's links, in their order. */
function NavigationPreview(props: PreviewProps) {
  const data = dataOf(props.entry) as NavigationData;
  return h(
    'main',
    { className: 'container prose cms-preview' },
    h('h2', null, 'Menu principal'),
    h(
      'p',
      { className: 'cms-preview__meta' },
      'Précédé de « Besoin d’aide ? », suivi de la recherche, sur toutes les pages.',
    ),
    linkList(data.menu, 'Menu principal (aperçu)'),
    h('h2', null, 'Pied de page'),
    linkList(data.footer, 'Pied de page (aperçu)'),
  );
}

// What the editor is typing: any field may still be empty.
type HomeData = Partial<z.input<typeof homeSchema>>;
type NavigationData = Partial<z.input<typeof navigationSchema>>;

/** The home page's texts in its order; the blocks other collections fill are named only. */
function HomePreview(props: PreviewProps) {
  const data = dataOf(props.entry) as HomeData;
  const filled = (title: string | undefined, what: string) => [
    h('h2', { key: `${what}-title` }, String(title ?? '')),
    h('p', { key: what, className: 'cms-preview__meta' }, what),
  ];
  return h(
    'main',
    { className: 'container prose cms-preview' },
    h('p', null, String(data.intro?.text ?? '')),
    h(
      'p',
      null,
      (data.intro?.actions ?? []).map((action, index) =>
        h(
          'a',
          {
            key: index,
            className: index === 0 ? 'button' : 'button button--secondary',
            href: action.href ?? '',
          },
          String(action.label ?? ''),
        ),
      ),
    ),
    h('h2', null, String(data.audiences?.title ?? '')),
    h(
      'ul',
      null,
      (data.audiences?.items ?? []).map((item, index) =>
        h(
          'li',
          { key: index },
          h('h3', null, String(item.title ?? '')),
          h('p', null, String(item.text ?? '')),
          h('a', { href: item.link?.href ?? '' }, String(item.link?.label ?? '')),
        ),
      ),
    ),
    ...filled(
      data.figures?.title,
      'Les chiffres du réseau et les chiffres d’impact (Réglages du site).',
    ),
    ...filled(data.map?.title, 'La carte des territoires.'),
    ...filled(data.history?.title, 'Les étapes de « Histoire du programme ».'),
    ...filled(data.testimonials?.title, 'Les témoignages cochés « À la une ».'),
  );
}

function PagePreview(props: PreviewProps) {
  const data = dataOf(props.entry);
  return h(
    'main',
    { className: 'container prose cms-preview' },
    h('h1', null, String(data.title ?? '')),
    props.widgetFor('body'),
  );
}

const templates: Record<string, ComponentType<PreviewProps>> = {
  territories: TerritoryPreview,
  helplines: HelplinePreview,
  testimonials: TestimonialPreview,
  porteurs: PorteurPreview,
  pages: PagePreview,
  milestones: MilestonePreview,
  chatbot: ChatbotPreview,
  settings: SettingsPreview,
  home: HomePreview,
  navigation: NavigationPreview,
  news: NewsPreview,
  events: EventPreview,
};

/** What the editor is writing, at each change: the preview is the one part Decap re-renders then. */
export type EntryWatcher = (entry: PreviewProps['entry']) => void;

/**
 * What the site would refuse, said above the preview: the preview never shows as accepted what the
 * save refuses (pasted HTML, a script, an image without its text alternative…).
 */
function RefusalNote({ entry }: { entry: PreviewProps['entry'] }) {
  const definition: CollectionDefinition | undefined =
    collections[String(entry.get('collection')) as keyof typeof collections];
  if (!definition) return null;
  const data = (entry.get('data')?.toJS() ?? {}) as Record<string, unknown>;
  const { problems } = prepareEntry(definition.schema, data, definition.format);
  if (problems.length === 0) return null;
  return h(
    'div',
    { className: 'cms-preview__refused', role: 'note' },
    h('strong', null, 'Le site refuserait cette entrée telle quelle : '),
    problems.map(({ field, message }) => `${field} : ${message}`).join(' ; '),
  );
}

function watched(Template: ComponentType<PreviewProps>, watch: EntryWatcher) {
  return function Watched(props: PreviewProps) {
    useEffect(() => watch(props.entry));
    return h('div', null, h(RefusalNote, { entry: props.entry }), h(Template, props));
  };
}

/**
 * The names Decap looks preview templates up by: a folder collection's name, and for a collection
 * of fixed entries each file's name (Decap's selectTemplateName), so these must not repeat.
 */
export function previewTemplateNames(
  registry: Record<string, CollectionDefinition>,
): [template: string, collection: string][] {
  return Object.entries(registry).flatMap(([name, definition]) =>
    (definition.fixedEntries ?? [name]).map((template) => [template, name] as [string, string]),
  );
}

export function registerPreviews(cms: DecapCms, watch: EntryWatcher) {
  for (const styles of [helplineCardStyles, testimonialCardStyles, previewStyles]) {
    cms.registerPreviewStyle(styles);
  }
  for (const [template, collection] of previewTemplateNames(collections)) {
    // A collection without its own template still shows its title and text as a page would.
    cms.registerPreviewTemplate(template, watched(templates[collection] ?? PagePreview, watch));
  }
}
