// What a hostile (or careless) editor may write, refused before anything is built: by the
// validator (`npm run validate`, the build) with a French message naming the file and the field or
// line, and by the CMS before saving, with the same rule. One case per line: add yours.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import { prepareEntry } from '../../cms/config/entry-check.ts';
import { collections, type CollectionName } from '../../src/content/collections.ts';
import { damagedCopies, editJson, fixtureContentDir } from '../helpers/content.ts';
import { validPorteur, validTerritory } from '../content/factories.ts';
import { pngHeader, solidImage } from '../helpers/images.ts';
import { uploadsFolder } from '../../src/content/uploads.ts';
import { uploadLimits } from '../../src/content/upload-check.ts';

const copy = damagedCopies('asm-hostile-');
const settings = () =>
  JSON.parse(readFileSync(join(fixtureContentDir, 'settings/site.json'), 'utf8')) as object;

const meta = '<meta http-equiv="refresh" content="0;url=https://evil.example/">';
const img = '<img src=x onerror=alert(1)>';

/** Rewrites the front matter of a Markdown file: `key: value` lines. */
function editFrontMatter(file: string, key: string, value: string) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: '${value}'`));
}

/** Adds a paragraph at the end of a Markdown file's body. */
function appendBody(content: string, file: string, paragraph: string) {
  const path = join(content, file);
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\n${paragraph}\n`);
}

type Damage = (content: string) => void;
/** Puts a file among the uploads of the copy (src/assets/uploads/, beside content/). */
const upload =
  (name: string, bytes: string | Buffer): Damage =>
  (content) => {
    const folder = join(content, '..', uploadsFolder);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), bytes);
  };
const [realPng, realJpeg] = await Promise.all([
  solidImage(40, 20, 'png'),
  solidImage(40, 20, 'jpeg'),
]);
const json = (file: string, edit: (data: Record<string, unknown>) => void): Damage => {
  return (content) => editJson(join(content, file), edit);
};

/** One case per line: what is written, and the line of `npm run validate` expected. */
// prettier-ignore
const validatorCases: [string, Damage, RegExp][] = [
  ['HTML in a territory name', json('territories/lyon.json', (d) => (d.name = `Lyon${meta}`)), /territories\/lyon\.json — champ « name » \(Nom du territoire\) : Les caractères « < » et « > » ne sont pas permis/],
  ['HTML in a territory city', json('territories/lyon.json', (d) => (d.city = img)), /territories\/lyon\.json — champ « city » \(Ville\) : Les caractères « < » et « > »/],
  ['HTML in a porteur name', (c) => editFrontMatter(join(c, 'porteurs/solipsy.md'), 'name', `Solipsy${img}`), /porteurs\/solipsy\.md — champ « name » \(Nom\) : Les caractères « < » et « > »/],
  ['HTML in a porteur short name', (c) => editFrontMatter(join(c, 'porteurs/solipsy.md'), 'shortName', meta), /porteurs\/solipsy\.md — champ « shortName » \(Nom court\) : Les caractères « < »/],
  ['HTML in the tile attribution', json('settings/site.json', (d) => (d.mapTiles = { enabled: true, urlTemplate: 'https://tuiles.example/{z}/{x}/{y}.png', attribution: meta })), /settings\/site\.json — champ « mapTiles\.attribution » .*: Les caractères « < »/],
  ['a hidden ?bcc= in the contact e-mail', json('settings/site.json', (d) => (d.contactEmail = 'contact@exemple.fr?bcc=espion@evil.example')), /settings\/site\.json — champ « contactEmail » .*: Adresse e-mail invalide : l’adresse seule/],
  ['a mailto: contact e-mail', json('settings/site.json', (d) => (d.contactEmail = 'mailto:contact@exemple.fr')), /champ « contactEmail » .*: Adresse e-mail invalide/],
  ['a Markdown image from another host', (c) => appendBody(c, 'porteurs/solipsy.md', '![Logo](https://evil.example/pixel.png)'), /porteurs\/solipsy\.md, ligne \d+ — champ « corps du texte » : image « https:\/\/evil\.example\/pixel\.png » refusée/],
  ['a protocol-relative Markdown image', (c) => appendBody(c, 'porteurs/solipsy.md', '![Logo](//evil.example/pixel.png)'), /porteurs\/solipsy\.md, ligne \d+ — .*image « \/\/evil\.example\/pixel\.png » refusée/],
  ['a Markdown image from the site outside /uploads/', (c) => appendBody(c, 'porteurs/solipsy.md', '![Logo](/favicon.svg)'), /porteurs\/solipsy\.md, ligne \d+ — .*image « \/favicon\.svg » refusée/],
  ['an SVG named .png', upload('logo.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /src\/assets\/uploads\/logo\.png — ce fichier (?:est un SVG|n’est pas une image PNG, JPEG, WebP ou AVIF)/],
  ['an HTML page named .jpg, used by no entry', upload('photo.jpg', `<!doctype html>${meta}`), /src\/assets\/uploads\/photo\.jpg — ce fichier n’est pas une image PNG, JPEG, WebP ou AVIF, malgré son nom en \.jpg/],
  ['a PNG named .jpg', upload('photo.jpg', realPng), /uploads\/photo\.jpg — ce fichier est une image PNG, mais son nom finit par \.jpg : renommez-le/],
  ['a 30 000 × 30 000 PNG (its header)', upload('immense.png', pngHeader(30_000, 30_000)), /uploads\/immense\.png — image trop grande \(30[\s\u202f]000 × 30[\s\u202f]000 pixels, au plus 40 millions de pixels\)/],
  ['a file over 10 MB', upload('lourde.jpg', Buffer.concat([realJpeg, Buffer.alloc(uploadLimits.bytes)])), /uploads\/lourde\.jpg — fichier trop lourd \(10 Mo, au plus 10 Mo\)/],
  ['an SVG named .svg', upload('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'), /uploads\/logo\.svg — type de fichier refusé/],
];

describe('the validator refuses, naming the file', () => {
  it.each(validatorCases)('%s', (name, damage, expected) => {
    const content = copy(name.replace(/\W+/g, '-'), damage);
    const lines = validateContent(content).problems.map(formatProblem);
    expect(lines.join('\n')).toMatch(expected);
  });
});

/** One case per line: an entry as the CMS would save it, and the refusal expected. */
// prettier-ignore
const cmsCases: [string, CollectionName, Record<string, unknown>, RegExp][] = [
  ['HTML in a territory name', 'territories', validTerritory({ name: `Lyon${meta}` }), /Nom du territoire : Les caractères « < » et « > »/],
  ['HTML in a porteur name', 'porteurs', { ...validPorteur({ name: img }), body: 'Texte.' }, /Nom : Les caractères « < » et « > »/],
  ['a hidden ?bcc= in the contact e-mail', 'settings', { ...settings(), contactEmail: 'contact@exemple.fr?bcc=espion@evil.example' }, /Adresse e-mail invalide/],
  ['a Markdown image from another host', 'porteurs', { ...validPorteur(), body: 'Texte.\n\n![Logo](https://evil.example/pixel.png)' }, /Texte : image « https:\/\/evil\.example\/pixel\.png » refusée/],
];

describe('the CMS refuses before saving', () => {
  it.each(cmsCases)('%s', (_, collection, data, expected) => {
    const { schema, format } = collections[collection];
    const { problems } = prepareEntry(schema, data, format);
    expect(problems.map((p) => `${p.field} : ${p.message}`).join('\n')).toMatch(expected);
  });
});

it('real PNG, JPEG, WebP and AVIF images under the limits are accepted', async () => {
  const images = await Promise.all(
    (['png', 'jpeg', 'webp', 'avif'] as const).map((format) => solidImage(64, 48, format)),
  );
  const content = copy('real-images', (dir) => {
    ['a.png', 'b.jpg', 'c.webp', 'd.avif'].forEach((name, i) => upload(name, images[i]!)(dir));
  });
  expect(validateContent(content).problems.map(formatProblem)).toEqual([]);
});
