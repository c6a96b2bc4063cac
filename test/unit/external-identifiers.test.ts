import {
  handelsregisterKey, identifierCandidates, normaliseDunsNumber, normaliseNcageCode, normaliseVatId, parseHandelsregister, RegisterType,
} from '../../src/company/external-identifiers';

describe('external identifier formats', () => {
  it('normalises NCAGE codes, VAT ids and D-U-N-S numbers to upper case without spaces (and dashes in D-U-N-S)', () => {
    expect(normaliseNcageCode(' c 1a2b ')).toBe('C1A2B');
    expect(normaliseVatId('de 123 456 789')).toBe('DE123456789');
    expect(normaliseVatId('fr40 303265045')).toBe('FR40303265045');
    expect(normaliseVatId('el 094259216')).toBe('EL094259216');
    expect(normaliseDunsNumber('31-511-7652')).toBe('315117652');
  });

  it('refuses what does not fit the format, saying what the format is', () => {
    expect(() => normaliseNcageCode('C12-34')).toThrow("'C12-34' is not an NCAGE/CAGE code: 5 letters or digits");
    expect(() => normaliseVatId('DE1234567890')).toThrow("'DE1234567890' is not a VAT id: DE and 9 digits");
    expect(() => normaliseVatId('US123456789')).toThrow('another EU country prefix');
    expect(() => normaliseDunsNumber('31511765')).toThrow("'31511765' is not a D-U-N-S number: 9 digits");
  });

  it('reads a Handelsregister entry court first or type first, with or without "Amtsgericht"', () => {
    const hagen = { court: 'Hagen', registerType: RegisterType.HRB, number: '1234' };
    expect(parseHandelsregister('Amtsgericht Hagen HRB 1234')).toEqual(hagen);
    expect(parseHandelsregister('Hagen  hrb1234')).toEqual(hagen);
    expect(parseHandelsregister('HRB 1234, Amtsgericht Hagen')).toEqual(hagen);
    expect(parseHandelsregister('AG Charlottenburg (Berlin) HRB 12345 b')).toEqual({
      court: 'Charlottenburg (Berlin)', registerType: RegisterType.HRB, number: '12345 B',
    });
    expect(parseHandelsregister('Amtsgericht Frankfurt am Main GnR 77')).toEqual({ court: 'Frankfurt am Main', registerType: RegisterType.GNR, number: '77' });
    expect(() => parseHandelsregister('Hagen 1234')).toThrow("'Hagen 1234' is not a Handelsregister entry");
    expect(() => parseHandelsregister(`Hagen${' '.repeat(10_000)}HRB 1`)).toThrow('is not a Handelsregister entry');
  });

  it('keys a Handelsregister entry without case, spacing and umlaut spelling of the court', () => {
    const koeln = handelsregisterKey({ court: 'Köln', registerType: RegisterType.HRB, number: '42' });
    expect(koeln).toBe('KOELN|HRB|42');
    expect(handelsregisterKey(parseHandelsregister('koeln HRB 42'))).toBe(koeln);
    expect(handelsregisterKey(parseHandelsregister('Amtsgericht Köln HRA 42'))).not.toBe(koeln);
  });

  it('reads a search text as every identifier it could be', () => {
    expect(identifierCandidates('c1234')).toEqual({
      ncageCode: 'C1234', vatId: null, dunsNumber: null, handelsregisterKey: null, registerTypeAndNumber: null,
    });
    expect(identifierCandidates('HRB 1234')).toMatchObject({
      ncageCode: null, dunsNumber: null, handelsregisterKey: null, registerTypeAndNumber: { registerType: 'HRB', number: '1234' },
    });
    expect(identifierCandidates('Hagen HRB 1234')).toMatchObject({ handelsregisterKey: 'HAGEN|HRB|1234' });
    expect(identifierCandidates('123-456-789')).toMatchObject({ dunsNumber: '123456789' });
  });
});
