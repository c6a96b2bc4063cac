import { assertOwns, assertPermitted, authChecker, Permission } from '../src/auth/access';
import { isLoopbackAddress } from '../src/auth/authenticate';
import { ANONYMOUS, Caller } from '../src/auth/caller';

const STAFF: Caller = { kind: 'staff', companyId: null, name: 'Geschäftsstelle' };
const KERAMIK: Caller = { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' };

const refusal = (check: () => void) => {
  try {
    check();
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    return { message, extensions };
  }
  return null;
};

describe('the permissions only staff hold', () => {
  it('lets staff and an installation without keys do everything, and refuses a company key saying what only staff may do', () => {
    expect(refusal(() => assertPermitted(STAFF, Permission.IMPORT_FILES))).toBeNull();
    expect(refusal(() => assertPermitted(ANONYMOUS, Permission.DELETE_COMPANIES))).toBeNull();
    expect(refusal(() => assertPermitted(KERAMIK, Permission.IMPORT_FILES)))
      .toEqual({ message: 'Only network staff may import files', extensions: { code: 'FORBIDDEN' } });
  });

  it('is what @Authorized asks of the authChecker', () => {
    const resolverData = (caller: Caller) => ({ context: { caller }, root: {}, args: {}, info: {} }) as unknown as Parameters<typeof authChecker>[0];
    expect(authChecker(resolverData(STAFF), [Permission.AWARD_READINESS])).toBe(true);
    expect(refusal(() => authChecker(resolverData(KERAMIK), [Permission.AWARD_READINESS]))?.message)
      .toBe('Only network staff may award the Defence Ready label');
  });
});

describe('ad-hoc Cypher: staff, and without keys only from this machine', () => {
  it('refuses an anonymous request that did not come over loopback', () => {
    expect(refusal(() => assertPermitted(STAFF, Permission.RUN_CYPHER))).toBeNull();
    expect(refusal(() => assertPermitted({ ...ANONYMOUS, fromLoopback: true }, Permission.RUN_CYPHER))).toBeNull();
    expect(refusal(() => assertPermitted(ANONYMOUS, Permission.RUN_CYPHER)))
      .toEqual({ message: 'Without API keys, only requests from this machine may run Cypher queries', extensions: { code: 'FORBIDDEN' } });
    expect(refusal(() => assertPermitted(KERAMIK, Permission.RUN_CYPHER))?.message).toBe('Only network staff may run Cypher queries');
  });

  it('counts IPv4, IPv6 and mapped IPv4 loopback addresses as this machine, and nothing else', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].map(isLoopbackAddress)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', '::ffff:192.168.1.5', '2001:db8::1', '', undefined].map(isLoopbackAddress)).toEqual([false, false, false, false, false]);
  });
});

describe('ownership: a company key changes only what belongs to its own company', () => {
  it('accepts its own company and refuses another, naming the field', () => {
    expect(refusal(() => assertOwns(KERAMIK, 'sme-c', 'companyId'))).toBeNull();
    expect(refusal(() => assertOwns(KERAMIK, 'sme-d', 'companyId', 'the self-assessment of'))).toEqual({
      message: "The key of 'sme-c' may not change the self-assessment of 'sme-d' (companyId)",
      extensions: { code: 'FORBIDDEN', field: 'companyId' },
    });
  });

  it('accepts a supply link when its company is one of the two ends', () => {
    expect(refusal(() => assertOwns(KERAMIK, ['sme-c', 'tier1-b'], 'supplierId', 'the supply links'))).toBeNull();
    expect(refusal(() => assertOwns(KERAMIK, ['sme-d', 'tier1-b'], 'supplierId', 'the supply links'))).toEqual({
      message: "The key of 'sme-c' may only change the supply links of its own company (supplierId)",
      extensions: { code: 'FORBIDDEN', field: 'supplierId' },
    });
  });

  it('lets staff change any company', () => {
    expect(refusal(() => assertOwns(STAFF, 'sme-d', 'id'))).toBeNull();
  });
});
