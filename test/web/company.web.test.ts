import { Browser, Locator, Page } from 'playwright-core';

import { MATCHING_GRAPH } from '../fixtures/small-graph';
import { graphql } from '../graphql';
import { launchBrowser, openContext, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function rowTexts(section: Locator): Promise<string[]> {
  return (await section.locator('tbody tr').allInnerTexts()).map(squash);
}

async function openProfile(page: Page, id: string, name: string): Promise<void> {
  await page.goto(`/companies/${id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** sme-c's certificates as stored, to show that a refused edit wrote nothing. */
const SME_C_CERTIFICATES = [
  { certification: { id: 'aqap-2110' }, validFrom: '2020-01-01', validUntil: '2023-01-01', evidenceLevel: 'VERIFIED', scope: 'Manufacture' },
  { certification: { id: 'iso-9001' }, validFrom: '2024-05-01', validUntil: '2099-04-30', evidenceLevel: 'VERIFIED', scope: 'Manufacture' },
];

/** A LocalDate this many days from today (UTC, as the page counts). */
function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('the company profile without API keys (everyone may edit)', () => {
  const app = serveGraph(MATCHING_GRAPH);

  it('shows sme-c with its facts, claims, certificates, tier in Program X up to Prime A AG, networks, links and contact', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await openProfile(page, 'sme-c', 'Ceramics C GmbH');
    expect(await page.locator('.fact-grid > div').allInnerTexts().then((texts) => texts.map(squash))).toEqual([
      'RECHTSFORM GmbH', 'ORT 58095 Hagen', 'REGION Hagen, Regierungsbezirk Arnsberg', 'GRÖSSE Kleines Unternehmen',
      'BESCHÄFTIGTE 30', 'WEBSITE –', 'SICHERHEITSFREIGABE keine', 'EXPORTKONTROLLE nicht bewertet',
    ]);
    expect(await rowTexts(page.getByRole('region', { name: 'Fähigkeiten' }))).toEqual([
      'Keramische Schutzkacheln Neue Werkstoffe Stufe 4 Qualified by Tier One B Quelle: demo data ✓✓ verifiziert',
      '5-Achs-CNC-Fräsen Fertigung Stufe 2 kein Nachweis angegeben Quelle: demo data selbst erklärt',
    ]);
    expect(await rowTexts(page.getByRole('region', { name: 'Zertifikate' }))).toEqual([
      'AQAP 2110 T-sme-c-aqap-2110 Manufacture 01.01.2020 – 01.01.2023 ✕ abgelaufen ✓✓ verifiziert',
      'ISO 9001 T-sme-c-iso-9001 Manufacture 01.05.2024 – 30.04.2099 ✓ gültig ✓✓ verifiziert',
    ]);
    const tiers = page.getByRole('region', { name: 'Position in den Lieferketten' });
    expect(squash(await tiers.locator('.tier-head').innerText())).toBe('Program X Tier-2 unter Tier One B GmbH In der Lieferkette zeigen');
    const chain = tiers.getByRole('list', { name: 'Lieferweg im Program X bis zum Generalunternehmer' });
    expect((await chain.getByRole('listitem').allInnerTexts()).map(squash)).toEqual(['Ceramics C GmbH', '→ Tier One B GmbH', '→ Prime A AG']);
    expect(await chain.getByRole('link', { name: 'Prime A AG' }).getAttribute('href')).toBe('/companies/prime-a');
    expect(await tiers.getByRole('link', { name: 'In der Lieferkette zeigen' }).getAttribute('href')).toBe('/chains/prog-x?highlight=sme-c');
    expect(await rowTexts(page.getByRole('region', { name: 'Kunden' }))).toEqual(['Tier One B GmbH armour tiles Program X']);
    expect(await rowTexts(page.getByRole('region', { name: 'Lieferanten' }))).toEqual(['Drehteile D KG milled tile carriers Program X']);
    expect((await page.getByRole('region', { name: 'Netzwerke' }).getByRole('listitem').allInnerTexts()).map(squash)).toEqual([
      'BVMW Hagen Mitglied seit 15.01.2020', 'NMWP.NRW Mitglied seit 01.03.2021',
    ]);
    expect(squash(await page.getByRole('region', { name: 'Ansprechpersonen' }).getByRole('listitem').innerText()))
      .toBe('Anna Beispiel Geschäftsführung E-Mail: anna.beispiel@sme-c.example');
    await page.getByRole('img', { name: 'Lage von Hagen in Nordrhein-Westfalen' }).waitFor();
    await page.getByText('Noch keine Selbstauskunft zum Prädikat „Defence Ready“.').waitFor();
    expect(await page.getByRole('link', { name: /Wo passe ich hin/ }).getAttribute('href')).toBe('/companies/sme-c/fit');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'company-profile-de');
    await context.close();
  });

  it('shows the profile in English', async () => {
    const context = await openContext(browser, app.base, { locale: 'en' });
    const page = await context.newPage();
    await openProfile(page, 'sme-c', 'Ceramics C GmbH');
    expect(await rowTexts(page.getByRole('region', { name: 'Certificates' }))).toEqual([
      'AQAP 2110 T-sme-c-aqap-2110 Manufacture 01/01/2020 – 01/01/2023 ✕ expired ✓✓ verified',
      'ISO 9001 T-sme-c-iso-9001 Manufacture 01/05/2024 – 30/04/2099 ✓ valid ✓✓ verified',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'company-profile-en');
    await context.close();
  });

  it('counts down the days of a certificate that runs out within 90 days', async () => {
    const { errors } = await app.t.gql(SET_CERTIFICATIONS, {
      companyId: 'sme-k',
      certifications: [{ certificationId: 'iso-9001', validFrom: '2024-01-01', validUntil: inDays(45), evidenceLevel: 'VERIFIED' }],
    });
    expect(errors).toBeUndefined();
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await openProfile(page, 'sme-k', 'Keramik K GmbH');
    await page.getByRole('region', { name: 'Zertifikate' }).getByText('⏳ läuft in 45 Tagen ab').waitFor();
    await context.close();
  });

  it('shows the external identifiers in German and English, and the search page finds the company by its NCAGE code', async () => {
    const identifiers = { ncageCode: 'c 4711', vatId: 'de 123 456 789', handelsregister: { court: 'Hagen', registerType: 'HRB' as const, number: '4711' } };
    expect((await app.t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-k', name: 'Keramik K GmbH', ...identifiers } })).errors).toBeUndefined();
    try {
      const context = await openContext(browser, app.base);
      const page = await context.newPage();
      await openProfile(page, 'sme-k', 'Keramik K GmbH');
      const german = page.getByRole('region', { name: 'Kennungen' });
      expect((await german.locator('dl > div').allInnerTexts()).map(squash)).toEqual([
        'NCAGE-Code C4711', 'Handelsregister Amtsgericht Hagen HRB 4711', 'USt-IdNr. DE123456789',
      ]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.goto('/?q=c4711');
      await page.getByRole('region', { name: 'Treffer für „c4711“' }).getByRole('link', { name: 'Keramik K GmbH' }).waitFor();
      await context.close();
      const english = await openContext(browser, app.base, { locale: 'en' });
      const englishPage = await english.newPage();
      await openProfile(englishPage, 'sme-k', 'Keramik K GmbH');
      expect((await englishPage.getByRole('region', { name: 'Identifiers' }).locator('dl > div').allInnerTexts()).map(squash)).toEqual([
        'NCAGE code C4711', 'Commercial register Amtsgericht Hagen HRB 4711', 'VAT id DE123456789',
      ]);
      await english.close();
    } finally {
      await app.t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-k', name: 'Keramik K GmbH', ncageCode: null, vatId: null, handelsregister: null } });
    }
  });

  it('says in words that a prime outside NRW lies outside and heads its chains, and an unknown id is not found', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await openProfile(page, 'prime-a', 'Prime A AG');
    await page.getByText('München liegt außerhalb Nordrhein-Westfalens.').waitFor();
    expect(await page.getByRole('img', { name: /Lage von/ }).count()).toBe(0);
    await page.getByText('Als Generalunternehmer steht dieses Unternehmen an der Spitze seiner Lieferketten.').waitFor();
    expect(await page.getByRole('link', { name: 'Seine Lieferketten zeigen' }).getAttribute('href')).toBe('/chains/prime/prime-a');
    await page.goto('/companies/no-such-company');
    await page.getByRole('heading', { name: 'Nicht gefunden' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the API names the fields the form attaches its messages to (valid-until before valid-from, an impossible date)', async () => {
    const order = await app.t.gql(SET_CERTIFICATIONS, {
      companyId: 'sme-c',
      certifications: [{ certificationId: 'iso-9001', validFrom: '2024-05-01', validUntil: '2023-01-01' }],
    });
    expect(order.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'certifications[0].validUntil' });
    const impossible = await app.t.gql(SET_CERTIFICATIONS, {
      companyId: 'sme-c',
      certifications: [{ certificationId: 'iso-9001', validFrom: '2025-02-30' }],
    });
    expect(impossible.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(impossible.errors?.[0].message).toContain('at "certifications[0].validFrom"; Value is not a valid LocalDate: 2025-02-30');
    expect((await app.t.gql(CERTIFICATES, { id: 'sme-c' })).data!.company!.certifications).toEqual(SME_C_CERTIFICATES);
  });

  it('refuses a valid-until before valid-from next to the field, shows the API refusing a duplicate next to its field, and writes nothing', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await openProfile(page, 'sme-c', 'Ceramics C GmbH');
    const section = page.getByRole('region', { name: 'Zertifikate' });
    await section.getByRole('button', { name: 'Zertifikate bearbeiten' }).click();
    const iso = section.getByRole('group', { name: 'ISO 9001' });
    await iso.getByLabel('Gültig bis').fill('2023-01-01');
    await section.getByRole('button', { name: 'Speichern' }).click();
    await iso.getByText('„Gültig bis“ liegt vor „Gültig ab“.').waitFor();
    expect(await iso.getByLabel('Gültig bis').getAttribute('aria-invalid')).toBe('true');
    await section.getByRole('alert').getByText('Bitte korrigieren Sie zuerst die markierten Felder.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'company-certificate-refused');

    await iso.getByLabel('Gültig bis').fill('2099-04-30');
    await section.getByRole('button', { name: /Zertifikat hinzufügen/ }).click();
    await section.getByRole('group', { name: 'Zeile 3' }).getByLabel('Zertifizierung').selectOption('iso-9001');
    await section.getByRole('button', { name: 'Speichern' }).click();
    // The API refuses the list: certifications[2].certificationId is listed twice.
    await section.getByRole('alert').getByText('Die Änderung wurde nicht gespeichert.').waitFor();
    const duplicate = section.getByRole('group', { name: 'ISO 9001' }).nth(1);
    await duplicate.getByText('Steht doppelt in der Liste.').waitFor();
    expect(await duplicate.getByLabel('Zertifizierung').getAttribute('aria-invalid')).toBe('true');
    expect(await section.getByRole('group', { name: 'ISO 9001' }).first().locator('.field-error').count()).toBe(0);
    expect((await app.t.gql(CERTIFICATES, { id: 'sme-c' })).data!.company!.certifications).toEqual(SME_C_CERTIFICATES);
    await context.close();
  });

  it('saves a changed claim level and shows it after a reload', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await openProfile(page, 'sme-c', 'Ceramics C GmbH');
    const section = page.getByRole('region', { name: 'Fähigkeiten' });
    await section.getByRole('button', { name: 'Fähigkeiten bearbeiten' }).click();
    await section.getByRole('group', { name: '5-Achs-CNC-Fräsen' }).getByLabel('Stufe', { exact: true }).selectOption('3');
    await section.getByRole('button', { name: 'Speichern' }).click();
    await section.getByRole('status').getByText('Gespeichert.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ceramics C GmbH' }).waitFor();
    // The editor sends the whole list; the claim it did not change keeps its source.
    expect(await rowTexts(page.getByRole('region', { name: 'Fähigkeiten' }))).toEqual([
      'Keramische Schutzkacheln Neue Werkstoffe Stufe 4 Qualified by Tier One B Quelle: demo data ✓✓ verifiziert',
      '5-Achs-CNC-Fräsen Fertigung Stufe 3 kein Nachweis angegeben Quelle: api (anonymous) selbst erklärt',
    ]);
    await context.close();
  });
});

describe('the company profile with API keys', () => {
  const app = serveGraph(MATCHING_GRAPH, {
    keys: [{ kind: 'staff', name: 'Geschäftsstelle' }, { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' }],
  });
  const companyKey = () => app.keys[1];

  it("lets sme-c's key edit its own claims (verified ones stay as they are) and shows no edit control on sme-d", async () => {
    const context = await openContext(browser, app.base, { apiKey: companyKey() });
    const page = await context.newPage();
    await openProfile(page, 'sme-c', 'Ceramics C GmbH');
    await page.getByRole('button', { name: 'Zertifikate bearbeiten' }).waitFor();
    const section = page.getByRole('region', { name: 'Fähigkeiten' });
    await section.getByRole('button', { name: 'Fähigkeiten bearbeiten' }).click();
    const verified = section.getByRole('group', { name: 'Keramische Schutzkacheln' });
    await verified.getByText('geprüft – nur das Netzwerkbüro kann das ändern').waitFor();
    expect(await verified.locator('select, input').count()).toBe(0);
    expect(await section.getByLabel('Nachweisgrad').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'company-claims-editor-company-key');
    await section.getByRole('group', { name: '5-Achs-CNC-Fräsen' }).getByLabel('Stufe', { exact: true }).selectOption('3');
    await section.getByRole('button', { name: 'Speichern' }).click();
    await section.getByRole('status').getByText('Gespeichert.').waitFor();
    const { data } = await app.t.gql(CLAIMS, { id: 'sme-c' });
    expect(data!.company!.capabilities).toEqual([
      { capability: { id: 'armour-tiles' }, level: 4, evidenceLevel: 'VERIFIED' },
      { capability: { id: 'milling' }, level: 3, evidenceLevel: 'SELF_DECLARED' },
    ]);

    await openProfile(page, 'sme-d', 'Drehteile D KG');
    await page.getByRole('region', { name: 'Fähigkeiten' }).getByRole('table').waitFor();
    expect(await page.getByRole('button', { name: /bearbeiten/ }).count()).toBe(0);
    expect(await page.locator('main').locator('input, select, textarea, form').count()).toBe(0);
    await context.close();
  });
});

const UPSERT_IDENTIFIERS = graphql(`
  mutation UpsertIdentifiers($input: CompanyInput!) {
    upsertCompany(input: $input) { id }
  }`);

const SET_CERTIFICATIONS = graphql(`
  mutation SetCertifications($companyId: ID!, $certifications: [CertificateInput!]!) {
    setCompanyCertifications(companyId: $companyId, certifications: $certifications) { id }
  }`);

const CERTIFICATES = graphql(`
  query Certificates($id: ID!) {
    company(id: $id) { certifications { certification { id } validFrom validUntil evidenceLevel scope } }
  }`);

const CLAIMS = graphql(`
  query Claims($id: ID!) {
    company(id: $id) { capabilities { capability { id } level evidenceLevel } }
  }`);
