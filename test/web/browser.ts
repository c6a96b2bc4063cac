import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';

import { PROJECT_ROOT } from '../../src/common/paths';

/** Debian's Chromium (Playwright's own browser download cannot reach its servers here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-results', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

const watched = new WeakMap<BrowserContext, { foreignRequests: string[]; pageErrors: string[] }>();

/**
 * A fresh browser context on the service (German unless told otherwise), with an API key already signed in when
 * given. Requests to anywhere but the service are refused and recorded (every asset must come from the service
 * itself), and so are script errors and Content-Security-Policy violations: see `problemsOf`.
 */
export async function openContext(browser: Browser, base: string, options: { apiKey?: string; locale?: 'de' | 'en' } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base, locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  const problems = { foreignRequests: [] as string[], pageErrors: [] as string[] };
  watched.set(context, problems);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
    problems.foreignRequests.push(url);
    return route.abort();
  });
  context.on('weberror', (error) => problems.pageErrors.push(error.error().message));
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.pageErrors.push(message.text());
  });
  // Runs in every document of the context before its scripts (given as text: the tests compile without the DOM's
  // types). Only the service's pages get the preset: other documents (a new page's about:blank, a downloaded file)
  // may have no storage, and reading localStorage there throws.
  const preset = JSON.stringify({ 'tiergraph.apiKey': options.apiKey, 'tiergraph.locale': options.locale });
  await context.addInitScript({
    content: `if (location.origin === ${JSON.stringify(new URL(base).origin)}) {
      for (const [k, v] of Object.entries(${preset})) if (v && !localStorage.getItem(k)) localStorage.setItem(k, v);
    }`,
  });
  return context;
}

/** What went wrong in a context's pages that no user should meet: requests to outside hosts, script errors, CSP refusals. */
export function problemsOf(context: BrowserContext): { foreignRequests: string[]; pageErrors: string[] } {
  return watched.get(context) ?? { foreignRequests: [], pageErrors: [] };
}

/** Saves a screenshot (the full page unless told otherwise) under test-results/screenshots to look at. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** An element's text on one line, as a reader takes it in. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The rows of a table in a section, each squashed to one line. */
export async function rowTexts(section: Locator): Promise<string[]> {
  return (await section.locator('tbody tr').allInnerTexts()).map(squash);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical accessibility violations axe-core finds on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses an injected script tag.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((result) =>
    result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`)) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
