// Screenshots for looking at what we built: node scripts/screenshot.mjs URL OUT.png [width] [height]
// Prints the page's console errors and failed requests, which a blank picture would hide.
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../test/support/chromium-flags.mjs';

const [url, out, width = '390', height = '844'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
page.on('requestfailed', (r) => console.log(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
page.on('response', (r) => r.status() >= 400 && console.log(`http ${r.status()}: ${r.url()}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`screenshot: ${out}`);
