// The web app manifest: opens on the help page, in French, with the design tokens' colours.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cssToken, iconPath, webAppManifest } from '../../src/offline/web-app-manifest.ts';
import { optInPage } from '../../src/offline/offline-copy.ts';

const tokens =
  ':root {\n  --color-primary: #0a5868;\n  --color-primary-strong: #063d49;\n  --color-bg: #fff;\n}';

describe('webAppManifest', () => {
  const manifest = webAppManifest('Le Site', tokens);

  test('starts on the help page, in French, named after the site', () => {
    expect(manifest.start_url).toBe(optInPage);
    expect(manifest.lang).toBe('fr');
    expect(manifest.name).toContain('Le Site');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  test('takes its colours from the tokens', () => {
    expect(manifest.theme_color).toBe('#0a5868');
    expect(manifest.background_color).toBe('#fff');
  });

  test('has PNG icons at the sizes home screens ask for', () => {
    expect(manifest.icons.map((icon) => [icon.src, icon.sizes])).toEqual([
      [iconPath(192), '192x192'],
      [iconPath(512), '512x512'],
    ]);
  });
});

describe('cssToken', () => {
  test('reads a custom property, not one whose name only starts the same', () => {
    expect(cssToken(tokens, '--color-primary')).toBe('#0a5868');
    expect(cssToken(tokens, '--color-primary-strong')).toBe('#063d49');
  });

  test('a missing token is a clear error', () => {
    expect(() => cssToken(tokens, '--color-nope')).toThrow(
      'Jeton de design --color-nope introuvable dans tokens.css.',
    );
  });

  test('the site’s own tokens have the colours the manifest uses', () => {
    const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
    expect(() => webAppManifest('Le Site', css)).not.toThrow();
  });
});
