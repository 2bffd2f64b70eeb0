// The CMS's logo (login screen and header): the site's mark and the network's name from the
// settings, so that editors know where they are. Built once; editors change the name in the CMS.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = async () => {
  const settings = await getEntry('settings', 'site');
  const siteName = settings?.data.siteName ?? '';
  const name = escapeXml(siteName);
  // About 17 units per character of bold 28-unit text; textLength makes any font fit, never cut.
  const textLength = Math.max(1, siteName.length * 17);
  const width = 80 + textLength + 10;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 72" width="${width}" height="72" role="img"><title>${name}</title><circle cx="26" cy="36" r="20" fill="#0a5868"/><circle cx="46" cy="36" r="20" fill="#e07a3f" fill-opacity="0.85"/><text x="80" y="46" textLength="${textLength}" lengthAdjust="spacingAndGlyphs" font-family="system-ui, sans-serif" font-size="28" font-weight="700" fill="#0a5868">${name}</text></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
