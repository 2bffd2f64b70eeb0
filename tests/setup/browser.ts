// Finds (and, for the Chromium of the npm package, unpacks) the browser once, before the browser
// test files start side by side: two files unpacking it at the same time would each see a
// half-written binary. Says which browser runs, so that a failure names it.
import { chromium } from '../../tools/chromium.ts';

export default async function setup() {
  const browser = await chromium();
  console.log(`Tests de navigateur : ${browser.path} (${browser.source}).`);
}
