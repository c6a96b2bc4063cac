import { Browser } from 'playwright-core';

import { MATCHING_GRAPH } from '../fixtures/small-graph';
import { launchBrowser, problemsOf, openContext, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the web application without API keys', () => {
  const app = serveGraph(MATCHING_GRAPH);

  it('is served at / in German, says that access is open, and loads nothing from outside the service', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expect(page.getByRole('note').textContent()).resolves.toContain('Zugang offen');
    expect(problemsOf(context)).toEqual({ foreignRequests: [], pageErrors: [] });
    await context.close();
  });

  it('answers every page path with the application and strict security headers, but no missing asset', async () => {
    const page = await fetch(`${app.base}/roles/role-1?nearMisses=1`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${app.base}/assets/no-such-chunk.js`)).status).toBe(404);
    const reports = await fetch(`${app.base}/reports/no-such-report.csv`, { headers: { accept: 'text/html' } });
    expect(await reports.text()).not.toContain('<div id="root">');
  });

  it('leads a keyboard user past the navigation straight to the content', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    await context.close();
  });

  it('switches to English and keeps the choice over a reload', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('shows a not-found page for an unknown path, and GraphiQL stays at /graphql', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Nicht gefunden' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto('/graphql');
    await page.locator('#graphiql').waitFor();
    await context.close();
  });

  it('says the service is unavailable, not a blank page, when the API does not answer', async () => {
    const context = await openContext(browser, app.base);
    await context.route('**/graphql', (route) => route.abort('connectionrefused'));
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Dienst nicht erreichbar' }).waitFor();
    await screenshot(page, 'api-down');
    await context.close();
  });
});

describe('the web application with API keys', () => {
  const app = serveGraph(MATCHING_GRAPH, {
    keys: [{ kind: 'staff', name: 'Geschäftsstelle' }, { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' }],
  });
  const companyKey = () => app.keys[1];

  it('asks for the key once, rejects a wrong one, and signs in and out', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/gaps');
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('API-Schlüssel').fill('tg_wrong');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText('Dieser Schlüssel wurde nicht angenommen').waitFor();
    await page.getByLabel('API-Schlüssel').fill(companyKey());
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText('Angemeldet als Ceramics C GmbH').waitFor();
    expect(page.url()).toBe(`${app.base}/gaps`);
    await page.reload();
    await page.getByText('Angemeldet als Ceramics C GmbH').waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await context.close();
  });
});
