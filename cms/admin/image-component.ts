// The « Image » button of the Markdown editor, in French: an image from the media library (no web
// address: a public page never loads anything from another host) and its text alternative, which
// the check before saving requires (src/content/validation/markup-check.ts). It writes and reads
// the same Markdown as Decap's own component: ![texte alternatif](/uploads/photo.png).
import { createElement as h } from 'react';

type ImageData = { image?: string; alt?: string };
type AssetUrl = (path: string, field?: unknown) => unknown;
type FieldList = { find: (test: (field: { get: (key: string) => unknown }) => boolean) => unknown };

const markdownImage = /^!\[([^\]]*)\]\((\S*?)(?:\s"([^"]*)")?\)/;

export const imageComponent = {
  id: 'image',
  label: 'Image',
  fields: [
    {
      label: 'Image',
      name: 'image',
      widget: 'image',
      choose_url: false,
      media_library: { allow_multiple: false },
    },
    {
      label: 'Texte alternatif',
      name: 'alt',
      widget: 'string',
      hint: 'Obligatoire : ce que montre l’image, pour qui ne la voit pas.',
    },
  ],
  pattern: markdownImage,
  fromBlock: (match: RegExpMatchArray | null) =>
    match ? { image: match[2], alt: match[1] } : undefined,
  // Brackets would end the alternative early: they are dropped.
  toBlock: ({ image, alt }: ImageData) => `![${(alt ?? '').replace(/[[\]]/g, '')}](${image ?? ''})`,
  toPreview: ({ image, alt }: ImageData, getAsset: AssetUrl, fields?: FieldList) => {
    const field = fields?.find((f) => f.get('widget') === 'image');
    return h('img', { src: image ? String(getAsset(image, field) ?? '') : '', alt: alt ?? '' });
  },
};
