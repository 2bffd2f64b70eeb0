import type { APIRoute } from 'astro';
import tokens from '../styles/tokens.css?raw';
import { getSettings } from '../content/queries';
import { webAppManifest } from '../offline/web-app-manifest';

// Written at build time, so that the name follows the settings and the colours the tokens.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(webAppManifest((await getSettings()).siteName, tokens), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
