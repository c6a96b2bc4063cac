import { Browser, Page } from 'playwright-core';

import { MATCHING_GRAPH } from '../fixtures/small-graph';
import { graphql } from '../graphql';
import { launchBrowser, openContext, problemsOf, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const preview = (page: Page) => page.getByRole('complementary', { name: 'Vorschau: wer passt' });
const previewCounts = (page: Page, text: string) => preview(page).getByText(text).waitFor();
const previewNames = (page: Page) => preview(page).locator('.preview-company a').allTextContents();

describe('a buyer writes a supply role', () => {
  const app = serveGraph(MATCHING_GRAPH, {
    keys: [{ kind: 'company', companyId: 'tier1-b', name: 'Tier One B' }, { kind: 'company', companyId: 'sme-d', name: 'Drehteile D' }],
  });

  it('creates a role and sees the preview ranking change with the requirements before saving', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[0] });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Neue Rolle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Lieferrolle' }).waitFor();
    expect(await page.locator('.role-form').textContent()).toContain('AbnehmerTier One B GmbH');
    await preview(page).getByText('Sobald eine Fähigkeit gefordert ist, erscheint hier die Rangfolge.').waitFor();

    await page.getByLabel('Titel *').fill('Keramikkacheln für Zusatzpanzerung');
    await page.getByLabel('Programm').selectOption('prog-x');
    await page.getByRole('button', { name: 'Fähigkeit hinzufügen' }).click();
    await page.getByLabel('Fähigkeit 1', { exact: true }).selectOption('ceramics');
    await page.getByLabel('Mindeststufe der Fähigkeit 1').selectOption('3');
    // Ceramics at level 3 or more: C (armour tiles 4, narrower), K, N and Q; P's level is too low, M holds only the broader materials.
    await previewCounts(page, '4 erfüllen alle Pflichtanforderungen, 2 knapp daneben.');

    await page.getByLabel('Frist').fill('2027-03-01');
    await page.getByRole('button', { name: 'Zertifizierung hinzufügen' }).click();
    await page.getByLabel('Zertifizierung 1', { exact: true }).selectOption('iso-9001');
    await page.getByLabel('Mindestnachweis der Zertifizierung 1').selectOption('PLAUSIBILITY_CHECKED');
    // Now the same as role-1: K's ISO 9001 is only self-declared, N's runs out before the deadline.
    await previewCounts(page, '2 erfüllen alle Pflichtanforderungen, 4 knapp daneben.');
    expect((await previewNames(page)).slice(0, 2)).toEqual(['Qualität Q GmbH', 'Ceramics C GmbH']);
    expect((await preview(page).locator('.preview-score').allTextContents()).slice(0, 2)).toEqual(['0,87', '0,86']);
    expect(await preview(page).locator('li.near-miss').first().textContent()).toContain('knapp daneben');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'role-new');

    await page.getByRole('button', { name: 'Rolle anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keramikkacheln für Zusatzpanzerung' }).waitFor();
    const id = new URL(page.url()).pathname.split('/')[2];
    expect(id).toMatch(/^role-keramikkacheln-fur-zusatzpanzerung-[0-9a-f]{6}$/);
    const rows = page.locator('table[aria-labelledby="eligible-title"] tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.locator('.candidate-company a').allTextContents()).toEqual(['Qualität Q GmbH', 'Ceramics C GmbH']);

    // Editing: ceramics at level 4 leaves only C (armour tiles 4); Q (3) misses the level.
    await page.getByRole('link', { name: 'Rolle bearbeiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rolle bearbeiten: Keramikkacheln für Zusatzpanzerung' }).waitFor();
    await previewCounts(page, '2 erfüllen alle Pflichtanforderungen, 4 knapp daneben.');
    await page.getByLabel('Mindeststufe der Fähigkeit 1').selectOption('4');
    await previewCounts(page, '1 erfüllt alle Pflichtanforderungen, 5 knapp daneben.');
    expect((await previewNames(page))[0]).toBe('Ceramics C GmbH');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keramikkacheln für Zusatzpanzerung' }).waitFor();
    await rows.first().waitFor();
    expect(await rows.locator('.candidate-company a').allTextContents()).toEqual(['Ceramics C GmbH']);
    const { data } = await app.t.gql(SAVED_ROLE, { id });
    expect(data?.supplyRole).toEqual({ buyer: { id: 'tier1-b' }, tier: 2, deadline: '2027-03-01', requiredCapabilities: [{ capability: { id: 'ceramics' }, minLevel: 4 }] });
    expect(problemsOf(context)).toEqual({ foreignRequests: [], pageErrors: [] });
    await context.close();
  });

  it('offers another company no edit form for a role it does not buy', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[1] });
    const page = await context.newPage();
    await page.goto('/roles/role-1');
    await page.getByRole('heading', { level: 1, name: 'Armour tiles for add-on armour' }).waitFor();
    expect(await page.getByRole('link', { name: 'Rolle bearbeiten' }).count()).toBe(0);
    await page.goto('/roles/role-1/edit');
    await page.getByRole('heading', { name: 'Kein Zugriff' }).waitFor();
    await context.close();
  });
});

const SAVED_ROLE = graphql(`
  query SavedRole($id: ID!) {
    supplyRole(id: $id) { buyer { id } tier deadline requiredCapabilities { capability { id } minLevel } }
  }
`);
