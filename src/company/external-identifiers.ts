import { registerEnumType } from 'type-graphql';

import { TiergraphError } from '../common/errors';

/**
 * Identifiers a company already has outside tiergraph. Each is stored in one normalised form (upper case, no
 * spaces where the format has none), unique among companies where present, and found by search in any spelling
 * that normalises to it. The parsers below throw an Error whose message says what the format is.
 */
export enum CompanyIdentifierKind { NCAGE = 'NCAGE', HANDELSREGISTER = 'HANDELSREGISTER', VAT_ID = 'VAT_ID', DUNS = 'DUNS' }
registerEnumType(CompanyIdentifierKind, {
  name: 'CompanyIdentifierKind',
  description: 'An identifier a company has outside tiergraph',
  valuesConfig: {
    NCAGE: { description: 'NCAGE/CAGE code: 5 letters or digits (German codes begin with C or D)' },
    HANDELSREGISTER: { description: 'Handelsregister entry: court, register type and number, e.g. "Amtsgericht Hagen HRB 1234"' },
    VAT_ID: { description: 'VAT id (USt-IdNr.): DE and 9 digits, or another EU country prefix' },
    DUNS: { description: 'D-U-N-S number: 9 digits' },
  },
});

/** The registers of the Handelsregister and its siblings: commercial (A, B), cooperative, partnership, association. */
export enum RegisterType { HRA = 'HRA', HRB = 'HRB', GNR = 'GNR', PR = 'PR', VR = 'VR' }
registerEnumType(RegisterType, {
  name: 'RegisterType',
  description: 'HRA, HRB (Handelsregister), GnR (Genossenschaftsregister), PR (Partnerschaftsregister), VR (Vereinsregister)',
});

/** How a register type is written in German: `GnR`, the others as their names. */
export const REGISTER_TYPE_TEXT: Record<RegisterType, string> = { HRA: 'HRA', HRB: 'HRB', GNR: 'GnR', PR: 'PR', VR: 'VR' };

/** A Handelsregister entry; unique as the triple, which `handelsregisterKey` folds into one comparable value. */
export interface RegisterEntry {
  court: string;
  registerType: RegisterType;
  number: string;
}

/** Country prefixes of EU VAT ids (Greece uses EL, Northern Ireland XI). */
const VAT_PREFIXES = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'XI',
]);

const compact = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/** An NCAGE/CAGE code: 5 letters or digits, any case, spaces ignored. */
export function normaliseNcageCode(value: string): string {
  const code = compact(value);
  if (!/^[A-Z0-9]{5}$/.test(code)) throw new Error(`'${value}' is not an NCAGE/CAGE code: 5 letters or digits, e.g. C1234 (German codes begin with C or D)`);
  return code;
}

/** A VAT id: DE and 9 digits, or another EU prefix and 2 to 12 letters or digits; any case, spaces ignored. */
export function normaliseVatId(value: string): string {
  const vatId = compact(value);
  const prefix = vatId.slice(0, 2);
  const valid = prefix === 'DE' ? /^DE\d{9}$/.test(vatId) : VAT_PREFIXES.has(prefix) && /^[A-Z]{2}[A-Z0-9]{2,12}$/.test(vatId);
  if (!valid) throw new Error(`'${value}' is not a VAT id: DE and 9 digits (USt-IdNr., e.g. DE123456789) or another EU country prefix and 2 to 12 letters or digits`);
  return vatId;
}

/** A D-U-N-S number: 9 digits, spaces and dashes ignored (12-345-6789). */
export function normaliseDunsNumber(value: string): string {
  const duns = value.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(duns)) throw new Error(`'${value}' is not a D-U-N-S number: 9 digits`);
  return duns;
}

const COURT_PREFIX = /^(amtsgericht|ag)\s+/i;

/** A register court by its place ("Hagen", "Frankfurt am Main"); "Amtsgericht" in front is left out, spacing tidied. */
export function normaliseRegisterCourt(value: string): string {
  const court = value.trim().replace(/\s+/g, ' ').replace(COURT_PREFIX, '');
  if (!/^\p{L}[\p{L} .()/-]{1,79}$/u.test(court)) throw new Error(`'${value}' is not a register court: the place of the Amtsgericht, e.g. Hagen`);
  return court;
}

/** A register number: up to 6 digits, perhaps followed by a letter suffix (HRB 12345 B); spacing tidied. */
export function normaliseRegisterNumber(value: string): string {
  const match = /^(\d{1,6})\s*([A-Z]{1,2})?$/.exec(value.trim().toUpperCase());
  if (!match) throw new Error(`'${value}' is not a register number: up to 6 digits, perhaps followed by a letter (e.g. 1234 or 12345 B)`);
  return match[2] ? `${match[1]} ${match[2]}` : match[1];
}

/** The entry with court and number in their stored forms. */
export function normaliseHandelsregister(entry: RegisterEntry): RegisterEntry {
  return { court: normaliseRegisterCourt(entry.court), registerType: entry.registerType, number: normaliseRegisterNumber(entry.number) };
}

const UMLAUTS: Record<string, string> = { Ä: 'AE', Ö: 'OE', Ü: 'UE', ß: 'SS' };

/** The comparable key of a stored entry: the court in upper case with umlauts spelled out (Köln = Koeln), type, number. */
export function handelsregisterKey(entry: RegisterEntry): string {
  const court = entry.court.toUpperCase().replace(/[ÄÖÜß]/g, (c) => UMLAUTS[c]).replace(/[^A-Z0-9]/g, '');
  return `${court}|${entry.registerType}|${entry.number.replace(' ', '')}`;
}

/** How the entry is written: "Amtsgericht Hagen HRB 1234". */
export function handelsregisterText(entry: RegisterEntry): string {
  return `Amtsgericht ${entry.court} ${REGISTER_TYPE_TEXT[entry.registerType]} ${entry.number}`;
}

const REGISTER_TYPES = '(HRA|HRB|GNR|PR|VR)';
const MAX_ENTRY_LENGTH = 120;
const COURT_FIRST = new RegExp(`^(.+?)[\\s,]+${REGISTER_TYPES}\\s*(\\d.*)$`, 'i');
const TYPE_FIRST = new RegExp(`^${REGISTER_TYPES}\\s*(\\d{1,6}(?:\\s*[A-Z]{1,2})?)[\\s,]+(.+)$`, 'i');

/**
 * A Handelsregister entry written as one text: "Amtsgericht Hagen HRB 1234", "Hagen HRB 1234" or
 * "HRB 1234, Amtsgericht Hagen".
 */
export function parseHandelsregister(value: string): RegisterEntry {
  const text = value.trim();
  // The patterns backtrack; an entry is short, so a long text is refused before they run.
  const parts = text.length <= MAX_ENTRY_LENGTH ? registerParts(text) : null;
  if (!parts) throw new Error(`'${value}' is not a Handelsregister entry: court, register type (HRA, HRB, GnR, PR, VR) and number, e.g. Amtsgericht Hagen HRB 1234`);
  return normaliseHandelsregister({ court: parts.court, registerType: parts.type.toUpperCase() as RegisterType, number: parts.number });
}

function registerParts(text: string): { court: string; type: string; number: string } | null {
  const courtFirst = COURT_FIRST.exec(text);
  if (courtFirst) return { court: courtFirst[1], type: courtFirst[2], number: courtFirst[3] };
  const typeFirst = TYPE_FIRST.exec(text);
  return typeFirst ? { court: typeFirst[3], type: typeFirst[1], number: typeFirst[2] } : null;
}

/** The stored identifier properties of a company, as written on the node. */
export interface IdentifierProperties {
  ncageCode: string | null;
  vatId: string | null;
  dunsNumber: string | null;
  handelsregisterCourt: string | null;
  handelsregisterType: RegisterType | null;
  handelsregisterNumber: string | null;
  handelsregisterKey: string | null;
}

/** The node properties of a Handelsregister entry, or of none (all null: clears it). */
export function handelsregisterProperties(entry: RegisterEntry | null): Pick<IdentifierProperties,
  'handelsregisterCourt' | 'handelsregisterType' | 'handelsregisterNumber' | 'handelsregisterKey'> {
  return {
    handelsregisterCourt: entry?.court ?? null,
    handelsregisterType: entry?.registerType ?? null,
    handelsregisterNumber: entry?.number ?? null,
    handelsregisterKey: entry ? handelsregisterKey(entry) : null,
  };
}

/** The property of each unique identifier, with the field that names it in inputs and errors. */
export const UNIQUE_IDENTIFIERS = [
  { property: 'ncageCode', field: 'ncageCode', label: 'NCAGE code' },
  { property: 'vatId', field: 'vatId', label: 'VAT id' },
  { property: 'dunsNumber', field: 'dunsNumber', label: 'D-U-N-S number' },
  { property: 'handelsregisterKey', field: 'handelsregister', label: 'Handelsregister entry' },
] as const;

export type UniqueIdentifierProperty = (typeof UNIQUE_IDENTIFIERS)[number]['property'];

/** The identifier values a search text may be, each in its stored form; null where the text is not of that format. */
export interface IdentifierCandidates {
  ncageCode: string | null;
  vatId: string | null;
  dunsNumber: string | null;
  handelsregisterKey: string | null;
  /** "HRB 1234" without a court: every company with that register type and number. */
  registerTypeAndNumber: { registerType: RegisterType; number: string } | null;
}

const orNull = <T>(parse: () => T): T | null => {
  try {
    return parse();
  } catch {
    return null;
  }
};

const TYPE_AND_NUMBER = new RegExp(`^${REGISTER_TYPES}\\s*(\\d{1,6}(?:\\s*[A-Z]{1,2})?)$`, 'i');

/** What a search text could be as each identifier: exact up to case and spacing. */
export function identifierCandidates(text: string): IdentifierCandidates {
  const entry = orNull(() => parseHandelsregister(text));
  const typeAndNumber = TYPE_AND_NUMBER.exec(text.trim());
  return {
    ncageCode: orNull(() => normaliseNcageCode(text)),
    vatId: orNull(() => normaliseVatId(text)),
    dunsNumber: orNull(() => normaliseDunsNumber(text)),
    handelsregisterKey: entry ? handelsregisterKey(entry) : null,
    registerTypeAndNumber: typeAndNumber
      ? { registerType: typeAndNumber[1].toUpperCase() as RegisterType, number: normaliseRegisterNumber(typeAndNumber[2]) }
      : null,
  };
}

/** The stored form of one identifier given as text (a Handelsregister entry as "Amtsgericht Hagen HRB 1234"): its property and value. */
export function identifierLookup(kind: CompanyIdentifierKind, value: string): { property: UniqueIdentifierProperty; value: string } {
  switch (kind) {
    case CompanyIdentifierKind.NCAGE: return { property: 'ncageCode', value: normaliseNcageCode(value) };
    case CompanyIdentifierKind.VAT_ID: return { property: 'vatId', value: normaliseVatId(value) };
    case CompanyIdentifierKind.DUNS: return { property: 'dunsNumber', value: normaliseDunsNumber(value) };
    case CompanyIdentifierKind.HANDELSREGISTER: return { property: 'handelsregisterKey', value: handelsregisterKey(parseHandelsregister(value)) };
  }
}

/** A company that holds an identifier, as `company/identifier-holders` finds it. */
export interface IdentifierHolder {
  property: UniqueIdentifierProperty;
  value: string;
  companyId: string;
  companyName: string;
}

export const identifierNamed = (property: UniqueIdentifierProperty) => UNIQUE_IDENTIFIERS.find((identifier) => identifier.property === property)!;

/** How a unique identifier among stored properties is written for people: the Handelsregister entry as its text. */
export function identifierText(property: UniqueIdentifierProperty, properties: Partial<IdentifierProperties>): string {
  if (property !== 'handelsregisterKey') return properties[property] ?? '';
  const { handelsregisterCourt: court, handelsregisterType: registerType, handelsregisterNumber: number } = properties;
  return court && registerType && number ? handelsregisterText({ court, registerType, number }) : properties.handelsregisterKey ?? '';
}

/** An identifier another company already holds: CONFLICT naming the field and the holder. */
export class IdentifierConflictError extends TiergraphError {
  constructor(holder: IdentifierHolder, shownValue: string) {
    const { field, label } = identifierNamed(holder.property);
    super(`${field}: ${label} '${shownValue}' is already held by company '${holder.companyId}' (${holder.companyName})`, 'CONFLICT', {
      field, holderId: holder.companyId,
    });
  }
}
