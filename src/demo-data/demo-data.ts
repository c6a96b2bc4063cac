import { readFileSync } from 'node:fs';
import path from 'node:path';

import { SEED_DIR } from '../common/paths';
import { Executor } from '../db/executor';
import { QueryName } from '../db/query-names';

type Row = Record<string, unknown>;

/** The demo data set, one JSON file per kind in seed/demo/, produced by seed/generate-demo-data.ts. */
export interface DemoData {
  regions: Row[];
  networks: Row[];
  capabilities: Row[];
  certifications: Row[];
  companies: Row[];
  memberships: Row[];
  capabilityClaims: Row[];
  certificates: Row[];
  contacts: Row[];
  programs: Row[];
  supplyLinks: Row[];
  supplyRoles: Row[];
  readinessAssessments: Row[];
}

const BULK_STEPS: [keyof DemoData, QueryName][] = [
  ['regions', 'seed/regions'],
  ['networks', 'seed/networks'],
  ['capabilities', 'seed/capabilities'],
  ['certifications', 'seed/certifications'],
  ['companies', 'seed/companies'],
  ['memberships', 'seed/memberships'],
  ['capabilityClaims', 'seed/capability-claims'],
  ['certificates', 'seed/certificates'],
  ['contacts', 'seed/contacts'],
  ['programs', 'seed/programs'],
  ['supplyLinks', 'seed/supply-links'],
];

export function loadDemoData(dir: string = path.join(SEED_DIR, 'demo')): DemoData {
  const read = (kind: keyof DemoData) => JSON.parse(readFileSync(path.join(dir, `${kind}.json`), 'utf8')) as Row[];
  return {
    regions: read('regions'),
    networks: read('networks'),
    capabilities: read('capabilities'),
    certifications: read('certifications'),
    companies: read('companies'),
    memberships: read('memberships'),
    capabilityClaims: read('capabilityClaims'),
    certificates: read('certificates'),
    contacts: read('contacts'),
    programs: read('programs'),
    supplyLinks: read('supplyLinks'),
    supplyRoles: read('supplyRoles'),
    readinessAssessments: read('readinessAssessments'),
  };
}

export async function graphIsEmpty(executor: Executor): Promise<boolean> {
  const rows = await executor.read<{ name: string; count: number }>('graphStats', 'graph/stats');
  return rows.length === 0;
}

/**
 * Loads a data set in one transaction with upserts on ids: loading it twice gives the same graph,
 * and a failure leaves nothing half-loaded. Returns how many entries of each kind it wrote.
 */
export async function seedDemoData(executor: Executor, data: DemoData): Promise<Record<string, number>> {
  return executor.writeTransaction('seedDemoData', async (tx) => {
    const counts: Record<string, number> = {};
    for (const [kind, query] of BULK_STEPS) {
      await tx.run(query, { rows: data[kind] });
      counts[kind] = data[kind].length;
    }
    for (const role of data.supplyRoles) {
      await tx.run('supply-role/upsert', role);
    }
    counts.supplyRoles = data.supplyRoles.length;
    await tx.run('seed/readiness-assessments', { rows: data.readinessAssessments });
    counts.readinessAssessments = data.readinessAssessments.length;
    return counts;
  });
}
