import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type TestContext, test } from 'node:test';
import { chromium } from 'playwright-core';
import { renderHtml } from '../../src/report/html.ts';
import { REPO, runCli } from '../helpers/run-cli.ts';
import { briefDossier } from './brief-fixture.ts';

/**
 * The HTML brief in a real browser: Debian's Chromium, headless, driven by playwright-core. The
 * page must render with no console error, request nothing but itself, and run nothing from the
 * article text. A screenshot of each page is left in test-artifacts/ for a person to look at.
 * Skips when Chromium is absent, unless HEARSAY_REQUIRE_CHROMIUM=1 (CI sets it in .ci/run).
 */
const CHROMIUM = '/usr/bin/chromium';
const REQUIRED = process.env.HEARSAY_REQUIRE_CHROMIUM === '1';
const ARTIFACTS = join(REPO, 'test-artifacts');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function browserOrSkip(t: TestContext): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser test`;
  if (REQUIRED) assert.fail(`${message} (HEARSAY_REQUIRE_CHROMIUM=1)`);
  t.skip(message);
  return false;
}

/** axe-core's browser bundle, when the package is installed; null otherwise. */
function axeSource(): string | null {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    return null;
  }
}

interface Visit {
  requests: string[];
  errors: string[];
  dialogs: string[];
  axeViolations: string[] | null;
}

async function visit(file: string, screenshot: string): Promise<Visit> {
  // A fresh profile each run (launchPersistentContext passes it as --user-data-dir).
  const profile = mkdtempSync(join(tmpdir(), 'hearsay-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const seen: Visit = { requests: [], errors: [], dialogs: [], axeViolations: null };
    page.on('request', (r) => seen.requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') seen.errors.push(m.text());
    });
    page.on('pageerror', (e) => seen.errors.push(e.message));
    page.on('dialog', (d) => {
      seen.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    assert.ok(await page.locator('nav.toc').isVisible(), 'the contents list is shown');
    assert.ok(await page.locator('h2#stories').isVisible(), 'the stories section is shown');
    await page.screenshot({ path: screenshot, fullPage: true });
    // Printed, the folded parts (article texts) unfold: paper has no clicks.
    const folded = page.locator('details:not([open]) .text').first();
    if ((await folded.count()) > 0) {
      assert.equal(await folded.isVisible(), false, 'folded on screen');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await folded.isVisible(), true, 'unfolded in print');
      await page.emulateMedia({ media: 'screen' });
    }
    const axe = axeSource();
    if (axe) {
      // Evaluated through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(axe);
      seen.axeViolations = await page.evaluate(async () => {
        const run = (globalThis as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run;
        const result = await run({ runOnly: ['wcag2a', 'wcag2aa'] });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
      });
    }
    return seen;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

interface AxeResult {
  violations: { id: string; help: string; nodes: unknown[] }[];
}

function checkVisit(t: TestContext, file: string, seen: Visit): void {
  assert.deepEqual(seen.requests, [pathToFileURL(file).href], 'only the file itself is requested');
  assert.deepEqual(seen.errors, [], 'no console errors');
  assert.deepEqual(seen.dialogs, [], 'nothing from the article text ran');
  if (seen.axeViolations === null) t.diagnostic('axe-core is not installed: accessibility not checked');
  else assert.deepEqual(seen.axeViolations, [], 'no WCAG A/AA violations found by axe-core');
}

test('the HTML brief of hostile articles renders in Chromium, requests nothing, runs nothing', async (t) => {
  if (!browserOrSkip(t)) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'brief-hostile.html');
  writeFileSync(file, renderHtml(briefDossier()));
  checkVisit(t, file, await visit(file, join(ARTIFACTS, 'brief-hostile.png')));
});

test('the HTML brief of the examples renders in Chromium with no error and no request', async (t) => {
  if (!browserOrSkip(t)) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'brief-examples.html');
  const r = runCli(['analyze', 'examples/interview', '--out', file]);
  assert.equal(r.code, 0, r.stderr);
  checkVisit(t, file, await visit(file, join(ARTIFACTS, 'brief-examples.png')));
  assert.ok(existsSync(join(ARTIFACTS, 'brief-examples.png')));
});
