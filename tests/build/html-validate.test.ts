// Valid HTML (RGAA 8.2): html-validate, with the project's configuration (.htmlvalidate.mjs: the
// recommended rules and their reasoned exceptions), over every HTML file of the built site — the
// pages of the sitemap, the 404 and thank-you pages, the CMS shell and its e-mail templates. Each
// file is one test, so that a failure names the page and lists each error with its line and rule.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { builtDistDir, htmlFiles } from '../helpers/built-site.ts';

const dist = builtDistDir();
const files = htmlFiles(dist).map((file) => relative(dist, file));
const validator = new HtmlValidate({ ...config, root: true });

describe('html-validate on the built site', () => {
  test('the build has pages to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s', async (file) => {
    const report = await validator.validateString(readFileSync(`${dist}/${file}`, 'utf8'), file);
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.line}:${message.column} [${message.ruleId}] ${message.message}`,
      ),
    );
    expect(errors).toEqual([]);
  });
});
