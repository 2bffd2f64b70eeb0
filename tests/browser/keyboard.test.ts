// The keyboard alone through each page of the RGAA audit's sample (src/accessibility/rgaa-audit.json):
// from the top of the page, Tab reaches every focusable element in turn, each one visibly focused
// (an outline or a shadow: RGAA 10.7), never stuck on one element (no trap: RGAA 12.9), until the
// focus leaves the page after its last element.
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/accessibility/audit.ts';
import { openTrackedPage, useBrowserAndSite } from './harness.ts';

const session = useBrowserAndSite();
/** More Tab presses than any page has stops: reaching it means the focus never left. */
const maxStops = 400;

describe('keyboard', () => {
  test.each(audit.sample)(
    'Tab through each page of the audit sample: every stop is visibly focused and the focus leaves the page at the end ($path)',
    async ({ path }) => {
      const { page, context } = await openTrackedPage(session.browser, session.url);
      await page.goto(path, { waitUntil: 'networkidle' });
      const problems: string[] = [];
      let previous = '';
      let stops = 0;
      for (; stops < maxStops; stops++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const label = (element.textContent || element.getAttribute('aria-label') || '')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 40);
          // Identity of the element: its place in the document, so that a repeat is seen.
          const index = [...document.querySelectorAll('*')].indexOf(element);
          return {
            id: `${element.localName}#${index}`,
            label: `<${element.localName}> « ${label} »`,
            visible: outlined || style.boxShadow !== 'none',
          };
        });
        if (!stop) break;
        if (!stop.visible) problems.push(`focus invisible sur ${stop.label}`);
        if (stop.id === previous) {
          problems.push(`le focus reste sur ${stop.label} : piège au clavier`);
          break;
        }
        previous = stop.id;
      }
      if (stops === maxStops) problems.push(`le focus ne quitte pas la page après ${maxStops} Tab`);
      expect(stops).toBeGreaterThan(2);
      expect(problems).toEqual([]);
      await context.close();
    },
    90_000,
  );
});
