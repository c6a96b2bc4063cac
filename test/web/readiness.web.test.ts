import { Browser, Page } from 'playwright-core';

import { MATCHING_GRAPH } from '../fixtures/small-graph';
import { launchBrowser, openContext, problemsOf, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const CRITERIA = [
  'Qualitätsmanagementsystem', 'Dokumentierte Prozesse', 'Klare Verantwortlichkeiten', 'Zertifizierungen',
  'Informationssicherheit', 'Geheimschutz-Bereitschaft', 'Exportkontrolle', 'Kapazität und Liefertreue',
];

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Entwurf gespeichert' }).waitFor();
const status = (page: Page) => page.locator('.readiness-summary .badge').textContent();

/** The date the award's validity ends: today plus the months, as the service computes it. */
function monthsFromToday(months: number): string {
  const date = new Date();
  const end = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
  return end.toISOString().slice(0, 10).split('-').reverse().join('.');
}

describe('Defence Ready in the browser', () => {
  const app = serveGraph(MATCHING_GRAPH, {
    keys: [{ kind: 'staff', name: 'Geschäftsstelle' }, { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' }],
  });
  const [staffKey, companyKey] = [() => app.keys[0], () => app.keys[1]];

  it('walks an SME through the self-assessment: a claimed certificate it does not hold is found, fixed and resubmitted', async () => {
    const context = await openContext(browser, app.base, { apiKey: companyKey() });
    const page = await context.newPage();
    await page.goto('/companies/sme-c/readiness');
    await page.getByRole('heading', { level: 1, name: 'Defence Ready: Ceramics C GmbH' }).waitFor();
    await page.getByRole('button', { name: 'Selbstauskunft beginnen' }).click();

    for (const [i, criterion] of CRITERIA.entries()) {
      await page.getByRole('heading', { level: 2, name: criterion }).waitFor();
      expect(await page.locator('.step .muted.small').first().textContent()).toBe(`Schritt ${i + 1} von 10`);
      await page.getByLabel('Ja, erfüllt').check();
      if (i === 0) await page.getByLabel('Nachweis (Dokumente, Zertifikate, Zahlen)').fill('ISO 9001, verifiziert, gültig bis 2099');
      await saved(page);
      if (i === 0) {
        expect(await seriousAxeViolations(page)).toEqual([]);
        await screenshot(page, 'readiness-self-assessment');
      }
      await page.getByRole('button', { name: 'Weiter' }).click();
    }
    await page.getByRole('heading', { level: 2, name: 'Ihre Angaben' }).waitFor();
    // AQAP 2110 is in the profile, but it ran out in 2023: the claim is not plausible.
    await page.getByRole('checkbox', { name: /AQAP 2110/ }).check();
    await page.getByRole('checkbox', { name: /ISO 9001/ }).check();
    await page.getByLabel('Beschäftigte in der Fertigung').fill('20');
    await page.getByLabel('Liefertreue der letzten 12 Monate (%)').fill('96');
    await saved(page);

    // The draft survives a reload, on the same step.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Ihre Angaben' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /AQAP 2110/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Beschäftigte in der Fertigung').inputValue()).toBe('20');
    expect(await page.getByRole('checkbox', { name: /AQAP 2110/ }).locator('..').textContent()).toContain('(nicht im Profil)');

    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Einreichen', exact: true }).click();
    await page.getByRole('button', { name: 'Korrigieren und erneut einreichen' }).waitFor();
    expect(await status(page)).toBe('abgelehnt');
    // One criterion with evidence (1), seven without (0.5 each): 4.5 / 8.
    expect((await page.locator('.readiness-summary .num').first().textContent())?.replace(/\s/g, ' ')).toBe('56 %');
    const finding = page.locator('.finding');
    expect(await finding.allTextContents()).toEqual([
      '! Sie geben AQAP 2110 an, aber im Unternehmensprofil steht kein gültiges AQAP 2110-Zertifikat.'
      + 'So beheben Sie es: Tragen Sie das Zertifikat im Profil ein oder entfernen Sie AQAP 2110 aus Ihren Angaben.',
    ]);
    // The finding stands in the claims, beside the claimed certificates it concerns.
    expect(await page.getByRole('region', { name: 'Angaben' }).locator('.finding').count()).toBe(1);
    expect(await page.locator('.audit-trail li').last().textContent()).toContain('eingereicht → abgelehnt');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'readiness-rejected');

    await page.getByRole('button', { name: 'Korrigieren und erneut einreichen' }).click();
    await page.getByRole('navigation', { name: 'Schritte' }).getByRole('button', { name: /Ihre Angaben/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Ihre Angaben' }).waitFor();
    expect(await page.locator('.step .finding').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /AQAP 2110/ }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: /AQAP 2110/ }).uncheck();
    await saved(page);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Einreichen', exact: true }).click();
    await page.locator('.readiness-summary .badge', { hasText: 'in Plausibilitätsprüfung' }).waitFor();
    expect(await page.locator('.finding').count()).toBe(0);
    expect(problemsOf(context)).toEqual({ foreignRequests: [], pageErrors: [] });
    await context.close();
  });

  it('lets staff find the assessment in the worklist, award the label, and the matching score shows it', async () => {
    const context = await openContext(browser, app.base, { apiKey: staffKey() });
    const page = await context.newPage();
    await page.goto('/readiness');
    const waiting = page.getByRole('region', { name: /Warten auf die Prüfung/ });
    await waiting.locator('tbody tr').first().waitFor();
    expect(await waiting.locator('tbody tr').evaluateAll((rows) => rows.map((row) =>
      [...row.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)))).toEqual([
      ['Ceramics C GmbH', new Date().toISOString().slice(0, 10).split('-').reverse().join('.'), '0 Tage'],
    ]);
    expect(await page.getByRole('region', { name: /Abgelaufen/ }).textContent()).toContain('Kein Prädikat ist abgelaufen.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'readiness-worklist');

    await page.getByRole('link', { name: 'Selbstauskunft von Ceramics C GmbH öffnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prüfung: Ceramics C GmbH' }).waitFor();
    const profile = page.getByRole('region', { name: 'Profil des Unternehmens' });
    expect(await profile.locator('.plain-list').first().locator('li').allTextContents()).toEqual([
      'AQAP 2110 ungültig Gültig bis 01.01.2023 · verifiziert',
      'ISO 9001 gültig Gültig bis 30.04.2099 · verifiziert',
    ]);
    expect(await page.getByRole('region', { name: 'Angaben' }).textContent()).toContain('ISO 9001');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'readiness-review');

    await page.getByLabel('Gültigkeit (Monate)').fill('24');
    await page.getByRole('button', { name: 'Prädikat vergeben' }).click();
    await page.locator('.readiness-summary .badge', { hasText: 'Defence Ready' }).waitFor();
    expect(await page.locator('.readiness-summary').textContent()).toContain(`Gültig bis${monthsFromToday(24)}`);
    expect(await page.locator('.audit-trail li').last().textContent()).toContain('in Plausibilitätsprüfung → Defence Ready durch staff (Geschäftsstelle)');
    expect(await page.getByRole('button', { name: 'Prädikat vergeben' }).count()).toBe(0);

    // With the label, C's readiness is 1 (0.15 instead of 0.075): 0.36 + 0.2 + 0.15 + 0.1205 + 0.1 = 0.93, above Q's 0.87.
    await page.goto('/roles/role-1');
    const rows = page.locator('table[aria-labelledby="eligible-title"] tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.locator('.candidate-company a').allTextContents()).toEqual(['Ceramics C GmbH', 'Qualität Q GmbH']);
    expect(await rows.locator('.candidate-score').allTextContents()).toEqual(['0,93', '0,87']);
    const readiness = rows.nth(0).locator('.score-bar[data-criterion="READINESS"]');
    expect(await readiness.locator('.score-bar-value').textContent()).toBe('1,00');
    expect(await readiness.locator('.score-bar-contribution').textContent()).toBe('Beitrag zur Punktzahl +0,15');
    await context.close();
  });

  it('shows a company key no worklist, and another company only its label', async () => {
    const context = await openContext(browser, app.base, { apiKey: companyKey() });
    const page = await context.newPage();
    await page.goto('/readiness');
    await page.getByRole('heading', { name: 'Kein Zugriff' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Defence Ready' }).count()).toBe(0);
    await page.goto('/companies/sme-d/readiness');
    await page.getByText('Für dieses Unternehmen gibt es noch keine Selbstauskunft.').waitFor();
    expect(await page.getByRole('button', { name: 'Selbstauskunft beginnen' }).count()).toBe(0);
    await context.close();
  });
});
