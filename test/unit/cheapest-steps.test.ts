import { SecurityClearance } from '../../src/common/enums';
import { cheapestSteps } from '../../src/matching/cheapest-steps';
import { evaluationOf, missingCapability, missingCertification, missingClearance } from './plain-data';

const nearMiss = (roleId: string, ...missing: ReturnType<typeof missingCapability>[]) => ({ roleId, evaluation: evaluationOf('sme', { missing }) });

describe('cheapestSteps', () => {
  it('counts the roles each single missing item would unlock, most roles first, ties by capability, certification, clearance', () => {
    const steps = cheapestSteps([
      nearMiss('role-1', missingClearance(SecurityClearance.GEHEIM)),
      nearMiss('role-2', missingCapability('welding', 2)),
      nearMiss('role-3', missingCertification('iso-9001')),
      nearMiss('role-4', missingCapability('welding', 2)),
      nearMiss('role-5', missingCapability('anodising')),
    ]);
    expect(steps).toEqual([
      { item: missingCapability('welding', 2), rolesUnlocked: 2, roleIds: ['role-2', 'role-4'] },
      { item: missingCapability('anodising'), rolesUnlocked: 1, roleIds: ['role-5'] },
      { item: missingCertification('iso-9001'), rolesUnlocked: 1, roleIds: ['role-3'] },
      { item: missingClearance(SecurityClearance.GEHEIM), rolesUnlocked: 1, roleIds: ['role-1'] },
    ]);
  });

  it('names the highest level a capability is needed at across the roles it unlocks', () => {
    const [step] = cheapestSteps([nearMiss('role-1', missingCapability('welding', 2)), nearMiss('role-2', missingCapability('welding', 4))]);
    expect(step).toEqual({ item: missingCapability('welding', 4), rolesUnlocked: 2, roleIds: ['role-1', 'role-2'] });
  });

  it('skips a role missing two different mandatory items, and ignores what is only nice to have', () => {
    const steps = cheapestSteps([
      nearMiss('two-gaps', missingCapability('welding'), missingCertification('iso-9001')),
      nearMiss('one-gap', missingCapability('welding'), missingCertification('aqap-2110', false)),
    ]);
    expect(steps).toEqual([{ item: missingCapability('welding'), rolesUnlocked: 1, roleIds: ['one-gap'] }]);
  });

  it('has no step without near misses', () => {
    expect(cheapestSteps([])).toEqual([]);
  });
});
