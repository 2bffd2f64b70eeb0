// The contact form loses nothing: the local server stores every submission (Netlify Forms does
// the same in production), and the form and its thank-you page show what to do if it fails.
// The form is found in the built site, with its fields: nothing here names today's pages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';
import { builtDistDir, publicHtmlFiles, urlPathOf } from '../helpers/built-site.ts';

const distDir = builtDistDir();
const formsDir = mkdtempSync(join(tmpdir(), 'asm-forms-'));

/** Every Netlify form of the public site, with the page it is on. */
const forms = publicHtmlFiles(distDir).flatMap((file) =>
  parse(readFileSync(file, 'utf8'))
    .querySelectorAll('form[data-netlify="true"]')
    .map((form) => ({ page: urlPathOf(distDir, file), form })),
);

/** What a stranger may type in any field. One case per line. */
const values = [
  'Camille Dupont',
  '</script><script>alert(1)</script>',
  '<!-- commentaire',
  'ligne 1\nligne 2 — « guillemets » ’ é 😀',
  '=HYPERLINK("https://x.example")',
];

let site: StaticServer;
beforeAll(async () => {
  // Every form of the site is posted once: more than the server's rate limit when the content has
  // many forms (the limit has its own test, tests/quality/form-post-limits.test.ts).
  site = await startStaticServer(distDir, {
    formsDir,
    formRate: { posts: Number.POSITIVE_INFINITY, windowMs: 60_000 },
  });
});
afterAll(async () => {
  await site?.close();
  rmSync(formsDir, { recursive: true, force: true });
});

const stored = (name: string) =>
  readFileSync(join(formsDir, `${name}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('contact forms', () => {
  test('the site has at least one', () => expect(forms.length).toBeGreaterThan(0));

  test.each(forms.map(({ page, form }) => [page, form] as const))(
    'the form of %s is stored exactly as sent, then thanks',
    async (_, form) => {
      const name = form.getAttribute('name')!;
      const fields = new URLSearchParams();
      const controls = form.querySelectorAll('input[name], textarea[name], select[name]');
      controls.forEach((control, index) => {
        const field = control.getAttribute('name')!;
        if (field === 'form-name') fields.set(field, control.getAttribute('value')!);
        else if (field === 'bot-field') fields.set(field, '');
        else fields.set(field, values[index % values.length]!);
      });
      const response = await fetch(new URL(form.getAttribute('action')!, site.url), {
        method: 'POST',
        body: fields,
      });
      expect(response.status).toBe(200);
      const thanks = parse(await response.text());
      expect(thanks.querySelector('h1')?.text).toMatch(/merci/i);
      // The thank-you page says what to do if no answer comes.
      expect(thanks.querySelector('.contact-fallback')?.text.trim()).toBeTruthy();
      const [submission] = stored(name).slice(-1);
      expect(submission.fields).toEqual(Object.fromEntries(fields));
      expect(submission.spam).toBe(false);
      expect(response.headers.get('x-local-form-storage')).toBe(join(formsDir, `${name}.jsonl`));
    },
  );

  test.each(forms.map(({ page, form }) => [page, form] as const))(
    'the form of %s shows what to do if sending fails',
    (_, form) => {
      expect(form.querySelector('.contact-fallback')?.text.trim()).toBeTruthy();
    },
  );

  test('a filled honeypot is kept, marked as spam', async () => {
    const name = forms[0]!.form.getAttribute('name')!;
    const body = new URLSearchParams({ 'form-name': name, 'bot-field': 'robot', nom: 'X' });
    await fetch(new URL(forms[0]!.form.getAttribute('action')!, site.url), {
      method: 'POST',
      body,
    });
    expect(stored(name).at(-1)).toMatchObject({ spam: true, fields: { nom: 'X' } });
  });

  test('a post without a form name is refused, not thanked', async () => {
    const response = await fetch(new URL('/', site.url), { method: 'POST', body: 'a=1' });
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/rien n’a été enregistré/);
  });
});
