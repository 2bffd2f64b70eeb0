// The image pipeline on fixture images: in a temporary copy of the project, the test generates a
// logo and photos with sharp, gives them to a porteur, a territory and a testimonial, builds, and
// checks that each page serves them through astro:assets (AVIF and WebP, several widths, width
// and height, lazy loading below the fold) and never the uploaded file itself.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildCopy, copyProject, runNode } from '../helpers/project-copy.ts';

let copy = '';
const dist = () => join(copy, 'dist');
// Written into the uploads' metadata (as a phone writes GPS coordinates): must never be published.
const privateMarker = 'METADONNEE-PRIVEE-ESSAI';

const firstFile = (folder: string, extension: string) =>
  readdirSync(join(copy, 'content', folder))
    .filter((name) => name.endsWith(extension))
    .sort()[0]!;

/** Adds front-matter fields to a Markdown entry. */
function addFrontMatter(file: string, fields: Record<string, string>) {
  const source = readFileSync(file, 'utf8');
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  writeFileSync(file, source.replace(/^---\n/, `---\n${lines.join('\n')}\n`));
}

let porteurId = '';
let territoryId = '';
let testimonialPorteur: string | undefined;

beforeAll(async () => {
  // sharp comes with Astro (its default image service); without it nothing here can work.
  const sharp = (await import('sharp')).default;
  copy = copyProject('asm-images-');
  const uploads = join(copy, 'src/assets/uploads');
  mkdirSync(uploads, { recursive: true });
  const background = { r: 10, g: 88, b: 104 };
  await sharp({ create: { width: 800, height: 400, channels: 3, background } })
    .png()
    .withMetadata({ exif: { IFD0: { Copyright: privateMarker } } })
    .toFile(join(uploads, 'logo-essai.png'));
  await sharp({ create: { width: 1600, height: 1000, channels: 3, background } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: privateMarker } } })
    .toFile(join(uploads, 'photo-essai.jpg'));

  const porteurFile = firstFile('porteurs', '.md');
  porteurId = porteurFile.replace(/\.md$/, '');
  addFrontMatter(join(copy, 'content/porteurs', porteurFile), {
    logo: '/uploads/logo-essai.png',
    logoAlt: 'Logo d’essai',
  });
  const territoryFile = firstFile('territories', '.json');
  territoryId = territoryFile.replace(/\.json$/, '');
  const territoryPath = join(copy, 'content/territories', territoryFile);
  writeFileSync(
    territoryPath,
    JSON.stringify({
      ...JSON.parse(readFileSync(territoryPath, 'utf8')),
      photo: '/uploads/photo-essai.jpg',
      photoAlt: 'Photo d’essai',
    }),
  );
  const testimonialFile = firstFile('testimonials', '.md');
  testimonialPorteur = /\nporteur: (\S+)/.exec(
    readFileSync(join(copy, 'content/testimonials', testimonialFile), 'utf8'),
  )?.[1];
  addFrontMatter(join(copy, 'content/testimonials', testimonialFile), {
    photo: '/uploads/photo-essai.jpg',
    photoAlt: 'Portrait d’essai',
  });

  const build = await buildCopy(copy);
  if (build.code !== 0) throw new Error(`La construction de la copie a échoué :\n${build.output}`);
}, 300_000);

afterAll(() => {
  if (copy && !process.env.KEEP_IMAGES_COPY) rmSync(copy, { recursive: true, force: true });
});

const page = (path: string) => parse(readFileSync(join(dist(), path, 'index.html'), 'utf8'));

/** The <picture> whose <img> has this alt text. */
type Rendered = { img: HTMLElement; picture: HTMLElement };

function picture(html: HTMLElement, alt: string): Rendered {
  const img = html.querySelectorAll('picture img').find((node) => node.getAttribute('alt') === alt);
  expect(img, `no <picture> with alt « ${alt} »`).toBeDefined();
  return { img: img!, picture: img!.closest('picture')! };
}

function expectOptimised({ img, picture }: Rendered) {
  const types = picture.querySelectorAll('source').map((source) => source.getAttribute('type'));
  expect(types).toEqual(['image/avif', 'image/webp']);
  for (const source of picture.querySelectorAll('source')) {
    const candidates = source.getAttribute('srcset')!.split(',');
    expect(candidates.length).toBeGreaterThan(1);
    for (const candidate of candidates) {
      const url = candidate.trim().split(' ')[0]!;
      expect(url).toMatch(/^\/_astro\//);
      expect(existsSync(join(dist(), url)), url).toBe(true);
    }
    expect(source.getAttribute('sizes')).toBeTruthy();
  }
  expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
  expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
  expect(img.getAttribute('src')).toMatch(/^\/_astro\//);
}

describe('uploaded images', () => {
  test('the porteur logo is optimised, and loaded at once at the top of its page', () => {
    const logo = picture(page(`porteurs/${porteurId}`), 'Logo d’essai');
    expectOptimised(logo);
    expect(logo.img.getAttribute('loading')).toBe('eager');
    // Aspect ratio of the upload kept (800 × 400).
    expect(Number(logo.img.getAttribute('width'))).toBe(
      2 * Number(logo.img.getAttribute('height')),
    );
  });

  test('the logo in the list of porteurs is lazy', () => {
    const logo = picture(page('porteurs'), 'Logo d’essai');
    expectOptimised(logo);
    expect(logo.img.getAttribute('loading')).toBe('lazy');
  });

  test('the territory photo is optimised and lazy', () => {
    const photo = picture(page(`territoires/${territoryId}`), 'Photo d’essai');
    expectOptimised(photo);
    expect(photo.img.getAttribute('loading')).toBe('lazy');
  });

  test('the testimonial photo is optimised and lazy', () => {
    const photo = picture(page('temoignages'), 'Portrait d’essai');
    expectOptimised(photo);
    expect(photo.img.getAttribute('loading')).toBe('lazy');
    if (testimonialPorteur)
      expect(picture(page(`porteurs/${testimonialPorteur}`), 'Portrait d’essai')).toBeDefined();
  });

  test('the uploads are published only re-encoded, without their metadata', () => {
    const uploaded = readFileSync(join(copy, 'src/assets/uploads/photo-essai.jpg'));
    expect(uploaded.includes(privateMarker)).toBe(true);
    const leaks = readdirSync(dist(), { recursive: true })
      .map(String)
      .filter((name) => /\.(?:png|jpe?g|webp|avif)$/i.test(name))
      .filter((name) => readFileSync(join(dist(), name)).includes(privateMarker));
    expect(leaks).toEqual([]);
    // Nor any byte-for-byte copy of an upload, under any name.
    const uploads = readdirSync(join(copy, 'src/assets/uploads'))
      .filter((name) => name !== 'README.md')
      .map((name) => readFileSync(join(copy, 'src/assets/uploads', name)));
    const copies = readdirSync(dist(), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => uploads.some((original) => readFileSync(path).equals(original)));
    expect(copies).toEqual([]);
  });
});

describe('the validator', () => {
  const validate = () =>
    runNode(['scripts/validate.ts'], copy).then((result) =>
      result.code === 0 ? '' : result.output,
    );

  test('refuses an image that was never uploaded, then one without its text alternative', async () => {
    const porteurPath = join(copy, 'content/porteurs', `${porteurId}.md`);
    const source = readFileSync(porteurPath, 'utf8');
    try {
      writeFileSync(porteurPath, source.replace('/uploads/logo-essai.png', '/uploads/absent.png'));
      const missing = await validate();
      expect(missing).toContain(`content/porteurs/${porteurId}.md — champ « logo »`);
      expect(missing).toContain('« /uploads/absent.png » est introuvable');
      writeFileSync(porteurPath, source.replace(/\nlogoAlt: [^\n]*/, ''));
      expect(await validate()).toContain(`content/porteurs/${porteurId}.md — champ « logoAlt »`);
    } finally {
      writeFileSync(porteurPath, source);
    }
    // Two runs of the validator, each a Node process: on two loaded cores, more than 30 s.
  }, 120_000);
});
