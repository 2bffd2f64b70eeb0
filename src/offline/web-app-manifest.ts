// The web app manifest: the help page can be added to the home screen, opening on it. Its colours
// are the design tokens (src/styles/tokens.css), its icons drawn from the site's own favicon.svg
// (src/pages/icons/, no new picture). Pure: the endpoint src/pages/manifest.webmanifest.ts calls it.
import { optInPage } from './offline-copy.ts';

/** The PNG sizes the icon is drawn at (what Android's home screen and splash screen ask for). */
export const iconSizes = [192, 512] as const;

export const iconPath = (size: number) => `/icons/icon-${size}.png`;

/** A custom property's value in a stylesheet (`--color-primary: #0a5868;` → "#0a5868"). */
export function cssToken(css: string, name: string): string {
  const escaped = name.replace(/[-]/g, '\\-');
  const value = new RegExp(`${escaped}\\s*:\\s*([^;]+);`).exec(css)?.[1]?.trim();
  if (!value) throw new Error(`Jeton de design ${name} introuvable dans tokens.css.`);
  return value;
}

export function webAppManifest(siteName: string, tokensCss: string) {
  return {
    name: `${siteName} · Besoin de soutien\u00a0?`,
    short_name: 'Soutien',
    description:
      'Les lignes d’écoute pour les jeunes, ouvertes en ce moment, et les numéros d’urgence.',
    lang: 'fr',
    dir: 'ltr',
    start_url: optInPage,
    scope: '/',
    display: 'standalone',
    theme_color: cssToken(tokensCss, '--color-primary'),
    background_color: cssToken(tokensCss, '--color-bg'),
    icons: iconSizes.map((size) => ({
      src: iconPath(size),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}
