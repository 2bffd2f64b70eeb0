import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { chromiumArgs } from './chromium.ts';
const site = await startStaticServer('dist', {});
const browser = await chromium.launch({ executablePath: '/tmp/chromium', args: chromiumArgs });
for (const [w, h, path, name, js] of [[320, 568, '/', 'home320', true], [375, 667, '/territoires/', 'terr375', true], [375, 667, '/', 'home375nojs', false], [1280, 800, '/', 'home1280', true]] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: js });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log(name, m.type(), m.text()));
  await page.goto(site.url + path);
  await page.screenshot({ path: `/tmp/pf/${name}.png` });
  if (name === 'terr375') {
    await page.click('[data-menu-toggle]');
    await page.screenshot({ path: `/tmp/pf/${name}-open.png` });
  }
  await ctx.close();
}
const ctx = await browser.newContext({ viewport: { width: 375, height: 667 } });
const page = await ctx.newPage();
await page.goto(site.url + '/recherche/?q=harcelement');
await page.waitForTimeout(1500);
await page.screenshot({ path: `/tmp/pf/search.png`, fullPage: true });
await browser.close(); await site.close();
