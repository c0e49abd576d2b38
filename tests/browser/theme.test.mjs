// The light/dark switch: it follows the system until pressed, the choice
// survives a reload, and the saved theme is on <html> before any module script
// runs (so the first paint is already in it: no flash).
import test from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './harness.mjs';

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(28, 28, 29)';

test('the theme toggle follows the system, remembers a choice, and applies it before the first paint', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  // What <html> says when the shell module starts, and what the first paint would show.
  await page.route('**/web/shell.mjs', async (route) => {
    const response = await route.fetch();
    const probe = 'window.__themeAtShellStart = document.documentElement.getAttribute("data-theme");\n'
      + 'window.__backgroundAtShellStart = getComputedStyle(document.body).backgroundColor;\n';
    await route.fulfill({ response, body: probe + await response.text() });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(browser.server.url);
  await page.waitForSelector('#folio-main[aria-busy="false"]');
  const toggle = page.locator('.folio-theme-toggle');
  assert.equal(await page.evaluate(() => window.__themeAtShellStart), null, 'no saved choice: the system decides');
  assert.equal(await background(page), LIGHT);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');

  // The system turns dark: the page follows, and the toggle says so.
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(page), DARK);
  await page.waitForSelector('.folio-theme-toggle[aria-pressed="true"]'); // the media query's change event
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForSelector('.folio-theme-toggle[aria-pressed="false"]');

  // Pressing it (from the keyboard) pins dark, which a reload keeps.
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await background(page), DARK);
  await page.reload();
  await page.waitForSelector('#folio-main[aria-busy="false"]');
  assert.equal(await page.evaluate(() => window.__themeAtShellStart), 'dark', 'data-theme is set before the modules run');
  assert.equal(await page.evaluate(() => window.__backgroundAtShellStart), DARK, 'the first paint is dark');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');

  // theme.js is a classic, blocking script in <head>, before the stylesheet.
  const order = await page.evaluate(() => [...document.head.querySelectorAll('script, link[rel="stylesheet"]')]
    .map((e) => (e.tagName === 'SCRIPT' ? `${e.type || 'classic'}${e.async || e.defer ? ' deferred' : ''}:${e.getAttribute('src')}` : `css:${e.getAttribute('href')}`)));
  assert.equal(order[0], 'classic:web/theme.js');
  assert.ok(order.indexOf('css:web/folio.css') > 0);

  // Back to light, on another view: still remembered.
  await toggle.click();
  await page.goto(`${browser.server.url}#/publications/`);
  await page.reload();
  await page.waitForSelector('#folio-main[aria-busy="false"]');
  assert.equal(await page.evaluate(() => window.__themeAtShellStart), 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(page), LIGHT, 'a pinned light theme wins over a dark system');
  assert.deepEqual(problems, []);
});
