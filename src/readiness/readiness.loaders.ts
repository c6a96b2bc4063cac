import DataLoader from 'dataloader';

import { ReadinessRepository } from './readiness.repository';
import { toAssessment } from './readiness.service';
import { ReadinessAssessment } from './readiness.type';

/** A request's loader of each company's latest Defence Ready assessment. */
export interface ReadinessLoaders {
  latestReadiness: DataLoader<string, ReadinessAssessment | null>;
}

export function createReadinessLoaders(readiness: ReadinessRepository): ReadinessLoaders {
  return {
    latestReadiness: new DataLoader(async (companyIds) => {
      const latest = await readiness.latestIdsOf(companyIds);
      const rows = new Map((await readiness.byIds([...latest.values()])).map((row) => [row.companyId, toAssessment(row)]));
      return companyIds.map((id) => rows.get(id) ?? null);
    }),
  };
}
