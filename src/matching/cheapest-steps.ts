import { Evaluation, MissingItem, MissingKind } from './matching.engine';
import { QualificationStep } from './matching.type';

/** A key for "what to acquire", the same across roles: a capability, a certification, a clearance. */
function acquisitionKey(item: MissingItem): string {
  if (item.kind === MissingKind.CAPABILITY) return `CAPABILITY:${item.capabilityId}`;
  if (item.kind === MissingKind.CERTIFICATION) return `CERTIFICATION:${item.certificationId}`;
  return `SECURITY_CLEARANCE:${item.requiredClearance}`;
}

/**
 * Single items that would each, acquired alone, turn near-miss roles into qualifying ones. Only roles
 * whose mandatory gaps all name the same thing count (a capability missing at two levels is one thing;
 * the step then names the higher level). Steps unlocking most roles come first, ties by key
 * (`CAPABILITY:…` before `CERTIFICATION:…` before `SECURITY_CLEARANCE:…`, then by id); role ids stay
 * in the order the near misses are given.
 */
export function cheapestSteps(nearMisses: readonly { roleId: string; evaluation: Evaluation }[]): QualificationStep[] {
  const steps = new Map<string, QualificationStep>();
  for (const { roleId, evaluation } of nearMisses) {
    const gaps = evaluation.missing.filter((item) => item.mandatory);
    const keys = new Set(gaps.map(acquisitionKey));
    if (keys.size !== 1) continue;
    const [key] = keys;
    const step = steps.get(key) ?? { item: gaps[0], rolesUnlocked: 0, roleIds: [] };
    step.rolesUnlocked += 1;
    step.roleIds.push(roleId);
    if ((gaps[0].requiredLevel ?? 0) > (step.item.requiredLevel ?? 0)) step.item = gaps[0];
    steps.set(key, step);
  }
  return [...steps.entries()]
    .sort(([keyA, a], [keyB, b]) => b.rolesUnlocked - a.rolesUnlocked || keyA.localeCompare(keyB))
    .map(([, step]) => step);
}
