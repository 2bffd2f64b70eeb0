// French typography on text and on rendered HTML: only text changes, code is left byte for byte.
import { describe, expect, test } from 'vitest';
import { frenchText, typographicApostrophes } from '../../src/lib/french-typography.ts';
import { typesetHtml } from '../../src/lib/html-typography.ts';

const NBSP = '\u00a0';
const THIN = '\u202f';

describe('frenchText', () => {
  test('puts no-break spaces before high punctuation and inside guillemets', () => {
    expect(frenchText('Besoin de parler à quelqu’un ?')).toBe(
      `Besoin de parler à quelqu’un${THIN}?`,
    );
    expect(frenchText('Lyon : le programme')).toBe(`Lyon${NBSP}: le programme`);
    expect(frenchText('a ; b ! c')).toBe(`a${THIN}; b${THIN}! c`);
    expect(frenchText('« Rejoindre le réseau »')).toBe(`«${NBSP}Rejoindre le réseau${NBSP}»`);
    // Line breaks and indentation of templates count as spaces.
    expect(frenchText('quelqu’un\n      ?')).toBe(`quelqu’un${THIN}?`);
  });

  test('makes apostrophes typographic, also in place names', () => {
    expect(typographicApostrophes("Côte-d'Or, Val-d'Oise, aujourd'hui")).toBe(
      'Côte-d’Or, Val-d’Oise, aujourd’hui',
    );
    // Not a quote mark around a word or a lone apostrophe.
    expect(typographicApostrophes("'mot' x")).toBe("'mot' x");
  });

  test('is idempotent and leaves text without such spaces alone', () => {
    const once = frenchText("Qu'est-ce que c'est ? « Ça » : 3 000 jeunes, 78 %");
    expect(frenchText(once)).toBe(once);
    expect(frenchText('https://exemple.fr/?a=b 9:00')).toBe('https://exemple.fr/?a=b 9:00');
  });
});

describe('typesetHtml', () => {
  test('changes the text of the page', () => {
    expect(typesetHtml('<p>Besoin d&#39;aide ? <a href="/x/">Ici</a> :</p>')).toBe(
      `<p>Besoin d’aide${THIN}? <a href="/x/">Ici</a>${NBSP}:</p>`,
    );
  });

  test('leaves scripts, styles, code and verbatim text byte for byte', () => {
    const code = [
      '<script type="application/ld+json">{"name":"a ? b : c", "x": "<p> ?"}</script>',
      '<style>a::before { content: " :"; }</style>',
      '<pre>x ? y : z</pre>',
      '<code>a ? b : c</code>',
      '<pre><code>nested ? <b>bold ?</b></code> still ?</pre>',
      '<textarea name="t">a ? <b></textarea>',
      '<!-- comment ? : -->',
      '<!DOCTYPE html>',
    ].join('');
    expect(typesetHtml(code)).toBe(code);
  });

  test('changes attributes people read, never the others', () => {
    const html =
      '<img alt="Côte-d&#39;Or : carte" src="/a b ?.png"><a title="Aide ?" href="/?q=a :b" data-x="a ?">x</a>' +
      '<meta name="description" content="Qui ? Quoi !"><meta property="og:url" content="https://x.fr/ ?">';
    expect(typesetHtml(html)).toBe(
      `<img alt="Côte-d’Or${NBSP}: carte" src="/a b ?.png"><a title="Aide${THIN}?" href="/?q=a :b" data-x="a ?">x</a>` +
        `<meta name="description" content="Qui${THIN}? Quoi${THIN}!"><meta property="og:url" content="https://x.fr/ ?">`,
    );
  });

  test('handles text after the last tag and tags split over lines', () => {
    expect(typesetHtml('<a\n  href="/"\n>Oui</a> ?')).toBe(`<a\n  href="/"\n>Oui</a>${THIN}?`);
  });
});
