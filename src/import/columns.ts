import { ID_PATTERN, normaliseId } from '../common/ids';
import { normaliseDunsNumber, normaliseNcageCode, normaliseVatId, parseHandelsregister } from '../company/external-identifiers';

/** How a column's text becomes a value; throws a message naming what is wrong. */
type Parser = (text: string) => unknown;

export interface ColumnDef {
  key: string;
  /** Accepted headers, German and English, compared without case, spaces, dashes and underscores. */
  headers: string[];
  required: boolean;
  /** Keys of columns that stand in for this required one: a file or row with one of them may leave it out. */
  requiredUnless?: string[];
  parse: Parser;
}

export const normaliseHeader = (header: string) => header.toLowerCase().replace(/[\s_\-./()]/g, '');

const text: Parser = (value) => value;

export const integer = (min: number, max: number): Parser => (value) => {
  const number = Number(value.replace(/\./g, '').replace(',', '.'));
  if (!Number.isInteger(number)) throw new Error(`'${value}' is not a whole number`);
  if (number < min || number > max) throw new Error(`${number} is not between ${min} and ${max}`);
  return number;
};

/** Decimals with comma or point: "51,36" and "51.36". */
export const decimal = (min: number, max: number): Parser => (value) => {
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number)) throw new Error(`'${value}' is not a number`);
  if (number < min || number > max) throw new Error(`${number} is not between ${min} and ${max}`);
  return number;
};

/** Dates as 31.12.2026 or 2026-12-31, checked to exist. */
export const date: Parser = (value) => {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : value;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
  if (!valid) throw new Error(`'${value}' is not a date like 31.12.2026 or 2026-12-31`);
  return iso;
};

export const oneOf = (values: Record<string, string>): Parser => (value) => {
  const found = values[value.toLowerCase()];
  if (!found) throw new Error(`'${value}' is not one of ${[...new Set(Object.values(values))].join(', ')}`);
  return found;
};

/** An id in any case, in its stored form (lower-case). */
export const id: Parser = (value) => {
  const stored = normaliseId(value);
  if (!ID_PATTERN.test(stored)) throw new Error(`'${value}' is not an id (letters, digits, dashes; any case)`);
  return stored;
};

export const postalCode: Parser = (value) => {
  if (!/^\d{5}$/.test(value)) throw new Error(`'${value}' is not a German postal code of five digits`);
  return value;
};


/** Evidence levels in German and English. */
const EVIDENCE: Record<string, string> = {
  self_declared: 'SELF_DECLARED', 'self-declared': 'SELF_DECLARED', selbstauskunft: 'SELF_DECLARED', plausibility_checked: 'PLAUSIBILITY_CHECKED',
  'plausibility-checked': 'PLAUSIBILITY_CHECKED', plausibilisiert: 'PLAUSIBILITY_CHECKED', verified: 'VERIFIED', verifiziert: 'VERIFIED', geprüft: 'VERIFIED',
};

/** Required capabilities as `id:level` entries separated by `|`; `:optional` marks a nice-to-have. */
export const capabilityList: Parser = (value) => value.split('|').map((entry) => {
  const [rawCapabilityId, level = '1', flag] = entry.trim().split(':').map((part) => part.trim());
  const capabilityId = id(rawCapabilityId) as string;
  const minLevel = integer(1, 5)(level) as number;
  if (flag && flag !== 'optional') throw new Error(`'${entry.trim()}': only ':optional' may follow the level`);
  return { capabilityId, minLevel, mandatory: flag !== 'optional' };
});

/** Required certifications as `id` or `id:evidence` entries separated by `|`; `:optional` marks a nice-to-have. */
export const certificationList: Parser = (value) => value.split('|').map((entry) => {
  const [rawCertificationId, ...flags] = entry.trim().split(':').map((part) => part.trim());
  const certificationId = id(rawCertificationId) as string;
  const evidence = flags.find((f) => f !== 'optional');
  if (evidence && !EVIDENCE[evidence.toLowerCase()]) throw new Error(`'${evidence}' is not an evidence level`);
  return { certificationId, mandatory: !flags.includes('optional'), minEvidenceLevel: evidence ? EVIDENCE[evidence.toLowerCase()] : 'SELF_DECLARED' };
});

/** Ids separated by `|`: what a certification includes. */
export const idList: Parser = (value) => value.split('|').map((entry) => id(entry.trim()));

/** Yes or no in German or English (ja, nein, x, 1, 0, ...). */
const yesNo: Parser = (value) =>
  oneOf({ ja: 'ja', yes: 'ja', true: 'ja', x: 'ja', '1': 'ja', nein: 'nein', no: 'nein', false: 'nein', '0': 'nein' })(value) === 'ja';

const CERTIFICATION_CATEGORIES = {
  quality: 'QUALITY', qualität: 'QUALITY', qualitaet: 'QUALITY', aerospace: 'AEROSPACE', luftfahrt: 'AEROSPACE', defence: 'DEFENCE',
  verteidigung: 'DEFENCE', information_security: 'INFORMATION_SECURITY', informationssicherheit: 'INFORMATION_SECURITY',
  environment: 'ENVIRONMENT', umwelt: 'ENVIRONMENT', welding: 'WELDING', schweißen: 'WELDING', schweissen: 'WELDING', automotive: 'AUTOMOTIVE',
};

const NETWORK_KINDS = {
  umbrella: 'UMBRELLA', dach: 'UMBRELLA', dachverband: 'UMBRELLA', cluster: 'CLUSTER', association: 'ASSOCIATION', verband: 'ASSOCIATION',
  chapter: 'CHAPTER', regionalgruppe: 'CHAPTER', kreisverband: 'CHAPTER',
};

const REGION_KINDS = {
  land: 'LAND', bundesland: 'LAND', regierungsbezirk: 'REGIERUNGSBEZIRK', kreis: 'KREIS', landkreis: 'KREIS',
  'kreisfreie stadt': 'KREISFREIE_STADT', kreisfreie_stadt: 'KREISFREIE_STADT', 'kreisfreie-stadt': 'KREISFREIE_STADT',
};

const SIZE_CLASSES = {
  micro: 'MICRO', kleinst: 'MICRO', kleinstunternehmen: 'MICRO', small: 'SMALL', klein: 'SMALL', medium: 'MEDIUM', mittel: 'MEDIUM',
  large: 'LARGE', groß: 'LARGE', gross: 'LARGE',
};

/** The columns of the external identifiers, which find the company of a row without a Firmen-ID. */
export const COMPANY_IDENTIFIER_KEYS = ['ncageCode', 'handelsregister', 'vatId', 'dunsNumber'];

export const COLUMNS = {
  companies: [
    { key: 'id', headers: ['id', 'firmenid', 'companyid'], required: true, requiredUnless: COMPANY_IDENTIFIER_KEYS, parse: id },
    { key: 'name', headers: ['name', 'firma', 'firmenname', 'company'], required: true, parse: text },
    { key: 'legalForm', headers: ['rechtsform', 'legalform'], required: false, parse: text },
    { key: 'sizeClass', headers: ['größenklasse', 'groessenklasse', 'sizeclass'], required: false, parse: oneOf(SIZE_CLASSES) },
    { key: 'employees', headers: ['mitarbeiter', 'beschäftigte', 'employees'], required: false, parse: integer(0, 1_000_000) },
    { key: 'street', headers: ['straße', 'strasse', 'street'], required: false, parse: text },
    { key: 'postalCode', headers: ['plz', 'postleitzahl', 'postalcode'], required: false, parse: postalCode },
    { key: 'city', headers: ['ort', 'stadt', 'city'], required: false, parse: text },
    { key: 'regionId', headers: ['region', 'kreis', 'regionid'], required: false, parse: id },
    { key: 'latitude', headers: ['breitengrad', 'lat', 'latitude'], required: false, parse: decimal(-90, 90) },
    { key: 'longitude', headers: ['längengrad', 'laengengrad', 'lon', 'longitude'], required: false, parse: decimal(-180, 180) },
    { key: 'website', headers: ['website', 'webseite', 'internet'], required: false, parse: text },
    { key: 'description', headers: ['beschreibung', 'description'], required: false, parse: text },
    { key: 'ncageCode', headers: ['ncage', 'ncagecode', 'ncagecage', 'cage', 'cagecode'], required: false, parse: normaliseNcageCode },
    {
      key: 'handelsregister', headers: ['handelsregister', 'handelsregistereintrag', 'registereintrag', 'commercialregister', 'traderegister'],
      required: false, parse: parseHandelsregister,
    },
    {
      key: 'vatId', headers: ['ustidnr', 'ustid', 'umsatzsteuerid', 'umsatzsteueridentifikationsnummer', 'vatid', 'vat', 'vatnumber'],
      required: false, parse: normaliseVatId,
    },
    { key: 'dunsNumber', headers: ['duns', 'dunsnummer', 'dunsnumber'], required: false, parse: normaliseDunsNumber },
  ],
  capabilities: [
    { key: 'companyId', headers: ['firmenid', 'companyid', 'firma'], required: true, parse: id },
    { key: 'capabilityId', headers: ['fähigkeit', 'faehigkeit', 'capability', 'capabilityid'], required: true, parse: id },
    { key: 'level', headers: ['stufe', 'niveau', 'level'], required: true, parse: integer(1, 5) },
    { key: 'evidence', headers: ['nachweis', 'evidence'], required: false, parse: text },
    { key: 'evidenceLevel', headers: ['nachweisstufe', 'evidencelevel'], required: false, parse: oneOf(EVIDENCE) },
  ],
  certificates: [
    { key: 'companyId', headers: ['firmenid', 'companyid', 'firma'], required: true, parse: id },
    { key: 'certificationId', headers: ['zertifizierung', 'zertifikat', 'certification', 'certificationid'], required: true, parse: id },
    { key: 'scope', headers: ['geltungsbereich', 'scope'], required: false, parse: text },
    { key: 'certificateNumber', headers: ['zertifikatsnummer', 'nummer', 'certificatenumber'], required: false, parse: text },
    { key: 'validFrom', headers: ['gültigab', 'gueltigab', 'validfrom'], required: false, parse: date },
    { key: 'validUntil', headers: ['gültigbis', 'gueltigbis', 'validuntil'], required: false, parse: date },
    { key: 'evidenceLevel', headers: ['nachweisstufe', 'evidencelevel'], required: false, parse: oneOf(EVIDENCE) },
  ],
  'supply-links': [
    { key: 'supplierId', headers: ['lieferant', 'lieferantid', 'supplier', 'supplierid'], required: true, parse: id },
    { key: 'customerId', headers: ['kunde', 'kundeid', 'abnehmer', 'customer', 'customerid'], required: true, parse: id },
    { key: 'programId', headers: ['programm', 'programmid', 'program', 'programid'], required: true, parse: id },
    { key: 'product', headers: ['produkt', 'product'], required: false, parse: text },
    { key: 'since', headers: ['seit', 'since'], required: false, parse: date },
  ],
  'supply-roles': [
    { key: 'id', headers: ['rollenid', 'rolleid', 'roleid', 'id'], required: true, parse: id },
    { key: 'title', headers: ['titel', 'bezeichnung', 'title'], required: true, parse: text },
    { key: 'buyerId', headers: ['abnehmer', 'abnehmerid', 'buyer', 'buyerid'], required: true, parse: id },
    { key: 'programId', headers: ['programm', 'programmid', 'program', 'programid'], required: false, parse: id },
    { key: 'tier', headers: ['tier', 'ebene'], required: true, parse: integer(1, 5) },
    { key: 'status', headers: ['status'], required: false, parse: oneOf({ offen: 'OPEN', open: 'OPEN', besetzt: 'FILLED', filled: 'FILLED', abgesagt: 'CANCELLED', cancelled: 'CANCELLED' }) },
    { key: 'securityClearance', headers: ['geheimschutz', 'securityclearance'], required: false, parse: oneOf({ keine: 'NONE', none: 'NONE', 'vs-nfd': 'VS_NFD', vs_nfd: 'VS_NFD', 'vs-vertraulich': 'VS_VERTRAULICH', geheim: 'GEHEIM' }) },
    { key: 'quantity', headers: ['menge', 'quantity'], required: false, parse: integer(1, 100_000_000) },
    { key: 'deadline', headers: ['frist', 'deadline'], required: false, parse: date },
    { key: 'requiredCapabilities', headers: ['fähigkeiten', 'faehigkeiten', 'requiredcapabilities'], required: true, parse: capabilityList },
    { key: 'requiredCertifications', headers: ['zertifizierungen', 'requiredcertifications'], required: false, parse: certificationList },
  ],
  taxonomy: [
    { key: 'id', headers: ['id', 'fähigkeitsid', 'faehigkeitsid', 'capabilityid'], required: true, parse: id },
    { key: 'name', headers: ['name', 'nameenglisch', 'englisch'], required: true, parse: text },
    { key: 'nameDe', headers: ['namedeutsch', 'bezeichnung', 'namede', 'deutsch'], required: false, parse: text },
    { key: 'parentId', headers: ['übergeordnet', 'uebergeordnet', 'oberbegriff', 'parent', 'parentid'], required: false, parse: id },
    { key: 'description', headers: ['beschreibung', 'description'], required: false, parse: text },
    { key: 'nsc', headers: ['nsc', 'natoversorgungsklasse', 'natosupplyclass'], required: false, parse: text },
    { key: 'cpv', headers: ['cpv', 'cpv2008'], required: false, parse: text },
    { key: 'nace', headers: ['nace', 'wz', 'nacewz', 'wz2008', 'nacerev2'], required: false, parse: text },
    { key: 'edaCapTech', headers: ['edacaptech', 'captech'], required: false, parse: text },
  ],
  certifications: [
    { key: 'id', headers: ['id', 'zertifizierungsid', 'certificationid'], required: true, parse: id },
    { key: 'name', headers: ['name', 'bezeichnung'], required: true, parse: text },
    { key: 'category', headers: ['kategorie', 'category'], required: true, parse: oneOf(CERTIFICATION_CATEGORIES) },
    { key: 'description', headers: ['beschreibung', 'description'], required: false, parse: text },
    { key: 'validityYears', headers: ['gültigkeitjahre', 'gueltigkeitjahre', 'gültigkeit', 'validityyears'], required: false, parse: integer(1, 10) },
    { key: 'includes', headers: ['umfasst', 'schließtein', 'includes'], required: false, parse: idList },
    { key: 'isQualityManagement', headers: ['qm', 'qualitätsmanagement', 'qualitaetsmanagement', 'isqualitymanagement', 'qualitymanagement'], required: false, parse: yesNo },
  ],
  networks: [
    { key: 'id', headers: ['id', 'netzwerkid', 'networkid'], required: true, parse: id },
    { key: 'name', headers: ['name', 'bezeichnung'], required: true, parse: text },
    { key: 'kind', headers: ['art', 'typ', 'kind'], required: true, parse: oneOf(NETWORK_KINDS) },
    { key: 'parentId', headers: ['übergeordnet', 'uebergeordnet', 'teilvon', 'parent', 'parentid'], required: false, parse: id },
    { key: 'website', headers: ['website', 'webseite', 'internet'], required: false, parse: text },
    { key: 'description', headers: ['beschreibung', 'description'], required: false, parse: text },
  ],
  programs: [
    { key: 'id', headers: ['id', 'programmid', 'programid'], required: true, parse: id },
    { key: 'name', headers: ['name', 'bezeichnung'], required: true, parse: text },
    { key: 'primeId', headers: ['generalunternehmer', 'prime', 'primeid'], required: false, parse: id },
    { key: 'customer', headers: ['auftraggeber', 'kunde', 'customer'], required: false, parse: text },
    { key: 'domain', headers: ['domäne', 'domaene', 'bereich', 'domain'], required: false, parse: text },
    { key: 'description', headers: ['beschreibung', 'description'], required: false, parse: text },
  ],
  regions: [
    { key: 'id', headers: ['id', 'regionid'], required: true, parse: id },
    { key: 'name', headers: ['name', 'bezeichnung'], required: true, parse: text },
    { key: 'kind', headers: ['art', 'typ', 'kind'], required: true, parse: oneOf(REGION_KINDS) },
    { key: 'parentId', headers: ['übergeordnet', 'uebergeordnet', 'liegtin', 'parent', 'parentid'], required: false, parse: id },
    { key: 'ags', headers: ['ags', 'amtlichergemeindeschlüssel', 'amtlichergemeindeschluessel', 'gemeindeschlüssel'], required: false, parse: text },
    { key: 'nuts', headers: ['nuts'], required: false, parse: text },
  ],
} satisfies Record<string, ColumnDef[]>;

export type ImportKind = keyof typeof COLUMNS;
export const IMPORT_KINDS = Object.keys(COLUMNS) as ImportKind[];
