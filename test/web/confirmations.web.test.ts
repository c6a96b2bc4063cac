import { Browser, Page } from 'playwright-core';

import { SECOND_VOICE_GRAPH } from '../fixtures/small-graph';
import { graphql } from '../graphql';
import { postWithKey } from '../helpers/test-app';
import { launchBrowser, openContext, rowTexts, screenshot, seriousAxeViolations, squash } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('confirmations with API keys', () => {
  const app = serveGraph(SECOND_VOICE_GRAPH, {
    keys: [
      { kind: 'staff', name: 'Geschäftsstelle' },
      { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' },
      { kind: 'company', companyId: 'sme-f', name: 'Faser F' },
      { kind: 'company', companyId: 'tier1-b', name: 'Tier One B' },
      { kind: 'company', companyId: 'sme-d', name: 'Drehteile D' },
    ],
  });
  const key = (who: 'staff' | 'smeC' | 'smeF' | 'tier1B' | 'smeD') => app.keys[['staff', 'smeC', 'smeF', 'tier1B', 'smeD'].indexOf(who)];


  async function openAs(who: Parameters<typeof key>[0], path: string, locale: 'de' | 'en' = 'de'): Promise<Page> {
    const context = await openContext(browser, app.base, { apiKey: key(who), locale });
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }

  it('shows the end that entered a link its pending badge and whom it waits for, shares a link from its side, and lets the other end confirm', async () => {
    const entered = await postWithKey(app.base, key('smeF'), ADD_LINK, { input: { supplierId: 'sme-f', customerId: 'tier1-b', programId: 'prog-x', product: 'blanks' } });
    expect(entered.data?.addSupplyLink.status).toBe('PENDING');

    const supplier = await openAs('smeF', '/companies/sme-f');
    const customers = supplier.getByRole('region', { name: 'Kunden' });
    await customers.getByText('◷ ausstehend').waitFor();
    expect(await rowTexts(customers)).toEqual([
      'Drehteile D KG composite blanks Program X vertraulich von keiner Seite freigegeben von unserer Seite freigeben',
      'Tier One B GmbH ◷ ausstehend von Faser F GmbH eingetragen; zählt erst, wenn Tier One B GmbH oder die Geschäftsstelle bestätigt blanks Program X vertraulich von keiner Seite freigegeben von unserer Seite freigeben',
    ]);
    expect(await customers.getByRole('button').count()).toBe(0);
    await screenshot(supplier, 'confirmations-company-pending-link-de');
    await customers.getByRole('switch', { name: 'von unserer Seite freigeben: Lieferbeziehung mit Drehteile D KG (Program X)' }).click();
    await customers.getByText('nur vom Lieferanten freigegeben').waitFor();
    expect((await postWithKey(app.base, key('staff'), LINK_STATUS, { id: 'sme-f' })).data?.company?.customers[0])
      .toEqual({ customer: { id: 'sme-d' }, status: 'CONFIRMED', shareableBySupplier: true, shareableByCustomer: false });
    await supplier.context().close();

    const customer = await openAs('tier1B', '/companies/tier1-b');
    const suppliers = customer.getByRole('region', { name: 'Lieferanten' });
    await suppliers.getByText('◷ ausstehend').waitFor();
    await suppliers.getByRole('button', { name: 'Lieferbeziehung mit Faser F GmbH (Program X) bestätigen' }).click();
    await suppliers.getByText('◷ ausstehend').waitFor({ state: 'detached' });
    expect((await rowTexts(suppliers)).filter((row) => row.startsWith('Faser F GmbH')))
      .toEqual(['Faser F GmbH blanks Program X vertraulich von keiner Seite freigegeben von unserer Seite freigeben']);
    expect((await postWithKey(app.base, key('staff'), LINK_STATUS, { id: 'sme-f' })).data?.company?.customers.map((l) => [l.customer?.id, l.status]))
      .toEqual([['sme-d', 'CONFIRMED'], ['tier1-b', 'CONFIRMED']]);
    expect(await seriousAxeViolations(customer)).toEqual([]);
    await customer.context().close();
  });

  it('lets staff confirm a self-declared clearance on the company page; the match page says why sme-c is not yet eligible, then lists it', async () => {
    await postWithKey(app.base, key('smeC'), DECLARE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } });

    const own = await openAs('smeC', '/roles/role-g?nearMisses=1');
    const nearMiss = own.locator('table[aria-labelledby="near-miss-title"] tbody tr').filter({ hasText: 'Ceramics C GmbH' });
    await nearMiss.locator('.missing-items li').first().waitFor();
    expect(await nearMiss.locator('.missing-items li').allTextContents())
      .toEqual(['✗Sicherheitsfreigabe Geheim nur selbst erklärt, von der Geschäftsstelle noch nicht bestätigt']);
    expect(await seriousAxeViolations(own)).toEqual([]);
    await own.context().close();

    const page = await openAs('staff', '/companies/sme-c');
    const clearance = page.locator('.fact-grid > div').filter({ hasText: 'Sicherheitsfreigabe' });
    await clearance.getByText('◷ ausstehend').waitFor();
    expect(squash(await clearance.innerText())).toBe('SICHERHEITSFREIGABE Geheim ◷ ausstehend');
    const pending = page.getByRole('region', { name: 'Bestätigung ausstehend' });
    expect(squash(await pending.innerText())).toBe(
      '◷ Bestätigung ausstehend Sicherheitsfreigabe Geheim: selbst erklärt, von der Geschäftsstelle noch nicht bestätigt. '
      + 'Bis dahin erfüllt sie keine Anforderung einer Rolle. Bestätigen '
      + 'Bestätigen Sie nur, was Ihnen nachgewiesen wurde; tiergraph speichert keine Freigabedokumente.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'confirmations-company-clearance-de');
    await pending.getByRole('button', { name: 'Sicherheitsfreigabe von Ceramics C GmbH bestätigen' }).click();
    await pending.waitFor({ state: 'detached' });
    expect(squash(await clearance.innerText())).toBe('SICHERHEITSFREIGABE Geheim');

    await page.goto('/roles/role-g?nearMisses=1');
    const eligible = page.locator('table[aria-labelledby="eligible-title"] tbody tr');
    await eligible.first().waitFor();
    expect(await eligible.count()).toBe(1);
    expect(await eligible.first().innerText()).toContain('Ceramics C GmbH');
    await page.context().close();
  });

  it('lists for staff what waits, in German and English, confirms a parent group there, and offers the page to no company key', async () => {
    await postWithKey(app.base, key('smeD'), DECLARE, { input: { id: 'sme-d', name: 'Drehteile D KG', parentGroupId: 'tier1-b' } });
    await postWithKey(app.base, key('smeD'), ADD_LINK, { input: { supplierId: 'sme-d', customerId: 'prime-a', programId: 'prog-y', product: 'housings' } });
    await postWithKey(app.base, key('smeC'), DECLARE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'VS_VERTRAULICH' } });

    const page = await openAs('staff', '/confirmations');
    await page.getByRole('heading', { level: 1, name: 'Zu bestätigen' }).waitFor();
    const links = page.getByRole('region', { name: 'Lieferbeziehungen (1)' });
    const clearances = page.getByRole('region', { name: 'Sicherheitsfreigaben (1)' });
    const groups = page.getByRole('region', { name: 'Konzernzugehörigkeiten (1)' });
    await links.locator('tbody tr').first().waitFor();
    expect(await rowTexts(links)).toEqual(['Drehteile D KG Prime A AG housings · Program Y Drehteile D KG Bestätigen']);
    expect(await rowTexts(clearances)).toEqual(['Ceramics C GmbH Hagen VS-Vertraulich Bestätigen']);
    expect(await rowTexts(groups)).toEqual(['Drehteile D KG Lüdenscheid Tier One B GmbH Bestätigen']);
    const navTops = await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(navTops).toHaveLength(11);
    expect(new Set(navTops).size).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'confirmations-staff-de');

    const english = await openAs('staff', '/companies/sme-d', 'en');
    const customersOfD = english.getByRole('region', { name: 'Customers' });
    await customersOfD.getByText('◷ pending').waitFor();
    expect((await rowTexts(customersOfD)).filter((row) => row.startsWith('Prime A AG'))).toEqual([
      'Prime A AG ◷ pending entered by Drehteile D KG; counts once Prime A AG or the network office confirms it Confirm housings Program Y confidential shared by neither end',
    ]);
    expect(squash(await english.getByRole('region', { name: 'Awaiting confirmation' }).locator('li').innerText())).toBe(
      'Parent group Tier One B GmbH: self-declared, not yet confirmed by the network office. Until then matching ignores it. Confirm',
    );
    expect(await seriousAxeViolations(english)).toEqual([]);
    await screenshot(english, 'confirmations-company-en');
    await english.goto('/confirmations');
    await english.getByRole('region', { name: 'Parent groups (1)' }).locator('tbody tr').first().waitFor();
    await screenshot(english, 'confirmations-staff-en');
    await english.context().close();

    await groups.getByRole('button', { name: 'Konzernzugehörigkeit von Drehteile D KG bestätigen' }).click();
    await page.getByRole('region', { name: 'Konzernzugehörigkeiten (0)' }).getByText('Keine Konzernzugehörigkeit wartet auf Bestätigung.').waitFor();
    expect(await rowTexts(links)).toEqual(['Drehteile D KG Prime A AG housings · Program Y Drehteile D KG Bestätigen']);
    await page.context().close();

    const company = await openAs('smeD', '/confirmations');
    await company.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    expect(await company.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Zu bestätigen' }).count()).toBe(0);
    await company.context().close();
  });
});

const ADD_LINK = graphql(`
  mutation AddLinkInBrowserTest($input: SupplyLinkInput!) {
    addSupplyLink(input: $input) { id status }
  }`);

const LINK_STATUS = graphql(`
  query LinkStatusInBrowserTest($id: ID!) {
    company(id: $id) { customers { customer { id } status shareableBySupplier shareableByCustomer } }
  }`);

const DECLARE = graphql(`
  mutation DeclareInBrowserTest($input: CompanyInput!) {
    upsertCompany(input: $input) { id clearanceStatus }
  }`);
