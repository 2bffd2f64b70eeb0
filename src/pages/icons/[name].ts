import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { iconPath, iconSizes } from '../../offline/web-app-manifest';

// The manifest's icons: the site's own favicon.svg drawn as PNG at the sizes home screens ask
// for (no other picture).
export const getStaticPaths = (() =>
  iconSizes.map((size) => ({
    params: { name: iconPath(size).split('/').at(-1)! },
    props: { size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const size = (props as { size: number }).size;
  const png = await sharp(Buffer.from(favicon), { density: (72 * size) / 36 })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
