// Preview templates: the main collections render in the preview pane with the same markup and class
// names as their cards on the site, styled by the site's CSS and cms/admin/preview.css.
import { createElement as h, type ComponentType } from 'react';
import { departements } from '../../src/content/departements.ts';
import { departementLabel } from '../../src/content/departement-label.ts';
import { hoursInWords } from '../../src/help/opening-hours.ts';
import type { OpeningHours } from '../../src/content/schemas/helplines.ts';
import { newsKindLabels, type NewsKind } from '../../src/content/schemas/news.ts';
import { dayInWords } from '../../src/news/paris-time.ts';
import { eventWhenInWords } from '../../src/news/event-time.ts';
import { pressSourceSentence } from '../../src/news/press.ts';
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
  let hours = 'Horaires non communiqués';
  try {
    hours = hoursInWords(data.hours as OpeningHours | undefined);
  } catch {
    hours = 'Horaires incomplets';
  }
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

export function registerPreviews(cms: DecapCms) {
  for (const styles of [helplineCardStyles, testimonialCardStyles, previewStyles]) {
    cms.registerPreviewStyle(styles);
  }
  cms.registerPreviewTemplate('territories', TerritoryPreview);
  cms.registerPreviewTemplate('helplines', HelplinePreview);
  cms.registerPreviewTemplate('testimonials', TestimonialPreview);
  cms.registerPreviewTemplate('porteurs', PorteurPreview);
  cms.registerPreviewTemplate('news', NewsPreview);
  cms.registerPreviewTemplate('events', EventPreview);
}
