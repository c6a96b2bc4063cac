import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { Browser, Locator, Page } from 'playwright-core';

import { MATCHING_GRAPH } from '../fixtures/small-graph';
import { launchBrowser, openContext, SCREENSHOT_DIR, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const eligibleRows = (page: Page) => page.locator('table[aria-labelledby="eligible-title"] tbody tr');
const nearMissRows = (page: Page) => page.locator('table[aria-labelledby="near-miss-title"] tbody tr');
const shares = async (page: Page) => (await page.locator('.weight-share').allTextContents()).map((text) => text.replace(/\u00a0/g, ' '));
const names = (rows: Locator) => rows.locator('.candidate-company a').allTextContents();
/** A candidate's score bars as [criterion, score, contribution], as shown. */
const bars = async (row: Locator) =>
  row.locator('.score-bar').evaluateAll((items) => items.map((item) => [
    item.querySelector('.score-bar-label')!.textContent, item.querySelector('.score-bar-value')!.textContent,
    item.querySelector('.score-bar-contribution')!.textContent!.replace('Beitrag zur Punktzahl ', ''),
  ]));

describe('the role page on the matching graph', () => {
  const app = serveGraph(MATCHING_GRAPH);

  it('lists the eligible candidates of role-1 in order with German scores, and shows why the first ranks above the second', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-1');
    await page.getByRole('heading', { level: 1, name: 'Armour tiles for add-on armour' }).waitFor();
    const facts = page.getByRole('region', { name: 'Eckdaten der Rolle' });
    await expect(facts.textContent()).resolves.toContain('Tier One B GmbH');
    await expect(facts.textContent()).resolves.toContain('01.03.2027');
    expect(await page.locator('.role-requirements tbody tr').evaluateAll((rows) => rows.map((row) =>
      [...row.querySelectorAll('td')].map((td) => td.textContent)))).toEqual([
      ['HochleistungskeramikFähigkeit', 'Stufe 3', 'Pflicht'],
      ['ISO 9001Zertifikat', 'Nachweis plausibilisiert', 'Pflicht'],
    ]);

    const rows = eligibleRows(page);
    await rows.nth(1).waitFor();
    expect(await names(rows)).toEqual(['Qualität Q GmbH', 'Ceramics C GmbH']);
    expect(await rows.locator('.candidate-score').allTextContents()).toEqual(['0,87', '0,86']);
    expect(await rows.locator('.rank').allTextContents()).toEqual(['1', '2']);
    expect(await rows.locator('.distance').allTextContents()).toEqual(['0,8 km', '59 km']);
    // Q leads on readiness (0.83 against 0.5) and proximity; C's existing supply of the buyer does not make up for it.
    expect(await bars(rows.nth(0))).toEqual([
      ['Fähigkeiten', '1,00', '+0,40'], ['Zertifikate', '1,00', '+0,20'], ['Defence Ready', '0,83', '+0,13'],
      ['Nähe', '1,00', '+0,15'], ['Beziehungen', '0,00', '+0,00'],
    ]);
    expect(await bars(rows.nth(1))).toEqual([
      ['Fähigkeiten', '0,90', '+0,36'], ['Zertifikate', '1,00', '+0,20'], ['Defence Ready', '0,50', '+0,08'],
      ['Nähe', '0,80', '+0,12'], ['Beziehungen', '1,00', '+0,10'],
    ]);
    expect(await rows.nth(0).locator('.checks li').allTextContents()).toEqual([
      '✓erfüllt: Hochleistungskeramik genau, Stufe 3',
      '✓erfüllt: ISO 9001 über AQAP 2110, verifiziert, gültig bis 31.12.2099',
    ]);
    expect(await rows.nth(1).locator('.checks li').first().textContent()).toBe('✓erfüllt: '+'Hochleistungskeramik spezifischer über Keramische Schutzkacheln, Stufe 4');
    expect(await rows.nth(1).locator('.plain-list li').allTextContents()).toEqual([
      'beliefert den Auftraggeber', 'liefert schon ins Programm', 'beliefert den Generalunternehmer',
    ]);
    await expect(page.getByLabel('Knappe Verfehlungen zeigen').isChecked()).resolves.toBe(false);
    expect(await nearMissRows(page).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'role-1');
    await context.close();
  });

  // Near misses rank by the number of mandatory gaps (one each here), then by score.
  it('adds the near misses after the eligible ones, with what each misses in German, and keeps the switch in the URL', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-1');
    await eligibleRows(page).nth(1).waitFor();
    // The switch follows the URL, which the router updates a moment after the click.
    await page.getByLabel('Knappe Verfehlungen zeigen').click();
    await page.waitForURL(/nearMisses=1/);
    await nearMissRows(page).nth(3).waitFor();
    await expect(page.getByLabel('Knappe Verfehlungen zeigen').isChecked()).resolves.toBe(true);
    expect(await names(eligibleRows(page))).toEqual(['Qualität Q GmbH', 'Ceramics C GmbH']);
    const rows = nearMissRows(page);
    expect(await rows.locator('.rank').allTextContents()).toEqual(['3', '4', '5', '6']);
    const missing = await rows.evaluateAll((trs) => trs.map((tr) => [
      tr.querySelector('.candidate-company a')!.textContent,
      [...tr.querySelectorAll('.missing-items li')].map((li) => li.textContent!.slice(1)),
    ]));
    expect(Object.fromEntries(missing)).toEqual({
      'Keramik K GmbH': ['ISO 9001: Nachweis nur selbst erklärt, verlangt ist mindestens plausibilisiert'],
      'Material M GmbH': ['Hochleistungskeramik: nur eine allgemeinere Fähigkeit angegeben'],
      'Nord N GmbH': ['ISO 9001 läuft am 31.01.2027 ab, vor der Frist am 01.03.2027'],
      'Pulver P GmbH': ['Hochleistungskeramik: Stufe 2 angegeben, Stufe 3 verlangt'],
    });
    expect(await names(rows)).toEqual(['Keramik K GmbH', 'Material M GmbH', 'Nord N GmbH', 'Pulver P GmbH']);
    expect(await rows.locator('.candidate-score').allTextContents()).toEqual(['0,70', '0,55', '0,54', '0,49']);
    await expect(page.locator('.candidates .section-head p').textContent()).resolves.toBe(
      '2 Unternehmen erfüllen alle Pflichtanforderungen. 4 knappe Verfehlungen.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'role-1-near-misses');
    await page.reload();
    await nearMissRows(page).nth(3).waitFor();
    await expect(page.getByLabel('Knappe Verfehlungen zeigen').isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('speaks English when asked to', async () => {
    const context = await openContext(browser, app.base, { locale: 'en' });
    const page = await context.newPage();
    await page.goto('/roles/role-1?nearMisses=1');
    await nearMissRows(page).nth(3).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Candidates' }).waitFor();
    expect(await nearMissRows(page).filter({ hasText: 'Nord N GmbH' }).locator('.missing-items li').allTextContents())
      .toEqual(['✗ISO 9001 expires on 31/01/2027, before the deadline 01/03/2027']);
    await context.close();
  });

  it('re-ranks when a weight changes, shows the normalised weights, and a reload of the link shows the same ranking', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-1');
    await eligibleRows(page).nth(1).waitFor();
    expect(await shares(page)).toEqual([
      'wirkt mit 40 %', 'wirkt mit 20 %', 'wirkt mit 15 %', 'wirkt mit 15 %', 'wirkt mit 10 %',
    ]);
    // Relationships weighted 1 next to the defaults (sum 1.9): Q (0.8746 without ties) falls to 0.87458 / 1.9 = 0.46,
    // C (0.7555 + 1) rises to 1.7555 / 1.9 = 0.92.
    await page.getByLabel('Beziehungen').fill('1');
    await page.locator('.candidate-score', { hasText: '0,92' }).waitFor();
    expect(await names(eligibleRows(page))).toEqual(['Ceramics C GmbH', 'Qualität Q GmbH']);
    expect(await eligibleRows(page).locator('.candidate-score').allTextContents()).toEqual(['0,92', '0,46']);
    expect(await shares(page)).toEqual([
      'wirkt mit 21 %', 'wirkt mit 11 %', 'wirkt mit 8 %', 'wirkt mit 8 %', 'wirkt mit 53 %',
    ]);
    expect(new URL(page.url()).searchParams.get('w')).toBe('capability:0.4,certification:0.2,readiness:0.15,proximity:0.15,relationship:1');

    await page.reload();
    await page.locator('.candidate-score', { hasText: '0,92' }).waitFor();
    expect(await names(eligibleRows(page))).toEqual(['Ceramics C GmbH', 'Qualität Q GmbH']);
    await expect(page.getByLabel('Beziehungen').inputValue()).resolves.toBe('1');
    await screenshot(page, 'role-1-weights');

    await page.getByRole('button', { name: 'Standardgewichte' }).click();
    await page.locator('.candidate-score', { hasText: '0,87' }).waitFor();
    expect(await names(eligibleRows(page))).toEqual(['Qualität Q GmbH', 'Ceramics C GmbH']);
    expect(new URL(page.url()).searchParams.get('w')).toBeNull();
    await expect(page.getByLabel('Beziehungen').inputValue()).resolves.toBe('0.1');

    await page.getByLabel('Fähigkeiten').fill('0');
    await page.getByLabel('Zertifikate').fill('0');
    await page.getByLabel('Defence Ready').fill('0');
    await page.getByLabel('Nähe').fill('0');
    await page.getByLabel('Beziehungen').fill('0');
    await page.getByText('Mindestens ein Gewicht muss größer als 0 sein').waitFor();
    await context.close();
  });

  it('prints the role and its ranked list on A4 without the controls', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-1?nearMisses=1');
    await nearMissRows(page).nth(3).waitFor();
    await expect(page.getByRole('button', { name: 'Drucken' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Drucken' }).isVisible()).resolves.toBe(false);
    await expect(page.getByLabel('Knappe Verfehlungen zeigen').isVisible()).resolves.toBe(false);
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(eligibleRows(page).first().isVisible()).resolves.toBe(true);
    // A4 less the page margins of the print style (210 mm - 2 x 12 mm at 96 dpi).
    await page.setViewportSize({ width: 703, height: 1000 });
    await screenshot(page, 'role-1-print');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const pdf = await page.pdf({ path: path.join(SCREENSHOT_DIR, 'role-1-print.pdf'), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await context.close();
  });

  it('shows the teams that together fill role-4, with the lead marked, and switches the team size in the URL', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-4');
    await page.getByRole('link', { name: 'Teams für diese Rolle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teams für „Protected cable ducts“' }).waitFor();
    await page.locator('.consortium').nth(1).waitFor();
    await expect(page.locator('.single-suppliers').textContent()).resolves.toBe('Kein Unternehmen erfüllt die Rolle allein.');
    const teams = async () => page.locator('.consortium').evaluateAll((sections) => sections.map((section) => [
      section.querySelector('h2')!.textContent,
      [...section.querySelectorAll('tbody tr')].map((tr) => [
        tr.querySelector('a')!.textContent, tr.querySelector('.badge.lead')?.textContent ?? null, tr.querySelectorAll('td')[1].textContent,
      ]),
    ]));
    const expected = [
      ['Team 1', [['Ceramics C GmbH', '★ Federführung', 'Keramische Schutzkacheln'], ['Elektro E GmbH', null, 'Kabelbäume']]],
      ['Team 2', [['Elektro E GmbH', '★ Federführung', 'Kabelbäume'], ['Holding H AG', null, 'Keramische Schutzkacheln']]],
    ];
    expect(await teams()).toEqual(expected);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'role-4-consortia');

    await page.getByLabel('Teamgröße').selectOption('2');
    await page.waitForURL(/maxPartners=2/);
    await page.locator('.consortium').nth(1).waitFor();
    expect(await teams()).toEqual(expected);
    await context.close();
  });

  it('says in words that a role has no team when its requirements can be met by nobody', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-1/consortia');
    await page.getByRole('heading', { level: 1, name: 'Teams für „Armour tiles for add-on armour“' }).waitFor();
    await expect(page.locator('.single-suppliers').textContent()).resolves.toBe('2 Unternehmen erfüllen die Rolle auch allein.');
    await context.close();
  });

  it('shows not found for an unknown role', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-404');
    await page.getByRole('heading', { name: 'Nicht gefunden' }).waitFor();
    await page.goto('/roles/role-404/consortia');
    await page.getByRole('heading', { name: 'Nicht gefunden' }).waitFor();
    await context.close();
  });
});

describe('the role page on the demo data', () => {
  const app = serveGraph('demo data');

  it('shows that Märkische Schutzbau could weld the hull sections but its AQAP 2110 runs out before the deadline', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-002?nearMisses=1');
    await page.getByRole('heading', { level: 1, name: 'Welded armour steel hull sections' }).waitFor();
    await page.getByText('Kein Unternehmen erfüllt alle Pflichtanforderungen dieser Rolle.').waitFor();
    const row = nearMissRows(page).filter({ hasText: 'Märkische Schutzbau GmbH & Co. KG' });
    await row.waitFor();
    expect(await row.locator('.missing-items li').allTextContents()).toContain('✗AQAP 2110 läuft am 19.10.2026 ab, vor der Frist am 05.11.2027');
    expect(await row.locator('.plain-list li').allTextContents()).toContain('beliefert den Auftraggeber');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'role-002-demo');
    await context.close();
  });

  it('shows the team that can build the radar software together, its lead and the clearance it brings', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/roles/role-009/consortia');
    await page.locator('.consortium').first().waitFor();
    const first = page.locator('.consortium').first().locator('tbody tr');
    expect(await first.locator('a').allTextContents()).toEqual(expect.arrayContaining(['Bonner CyberDefence AG']));
    expect(await first.filter({ hasText: 'Bonner CyberDefence' }).locator('.badge.lead').textContent()).toBe('★ Federführung');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'role-009-consortia-demo');
    await context.close();
  });
});
