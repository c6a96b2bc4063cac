import { NextFunction, Request, Response, Router } from 'express';

import { AnalysisScope, GapOptions, PathCountArgs } from '../../analysis/analysis.input';
import { AnalysisService } from '../../analysis/analysis.service';
import { germanNumber, Table, toCsv, toJsonRows } from '../../analysis/csv';
import { SavedAnalysisService } from '../../analysis/saved-analysis.service';
import { toXlsx } from '../../analysis/xlsx';
import { assertPermitted, Permission } from '../../auth/access';
import { callerOf } from '../../auth/authenticate';
import { Caller } from '../../auth/caller';
import { validated } from '../../common/validation';
import { RequestContext } from '../context';

type Query = Record<string, string | undefined>;

const text = (query: Query, key: string) => (query[key] ? String(query[key]) : null);
const integer = (query: Query, key: string, fallback: number) => (query[key] === undefined ? fallback : Number(query[key]));
const scopeOf = (query: Query) => validated(Object.assign(new AnalysisScope(), {
  networkId: text(query, 'network'), regionId: text(query, 'region'), programId: text(query, 'program'), primeId: text(query, 'prime'),
}));

/** The gap report's options from the query, checked by the rules GraphQL applies to `GapOptions`. */
const gapOptionsOf = (query: Query) => validated(Object.assign(new GapOptions(), {
  thinBelow: integer(query, 'thinBelow', 3), closersPerGap: integer(query, 'closersPerGap', 5), includeCovered: query.includeCovered === 'true',
}));

async function names(context: RequestContext, ids: string[]): Promise<Map<string, string>> {
  const companies = await context.loaders.company.loadMany(ids);
  return new Map(ids.map((id, i) => {
    const company = companies[i];
    return [id, company && !(company instanceof Error) ? company.name : id];
  }));
}

/** How a report names a supplier behind a link confidential to the caller: by its Kreis only. */
async function confidentialLabel(context: RequestContext): Promise<(regionId: string | null) => string> {
  const regions = await context.catalog.regions();
  return (regionId) => {
    const region = regionId ? regions.get(regionId) : undefined;
    return region ? `vertraulicher Lieferant (${region.name})` : 'vertraulicher Lieferant';
  };
}

const REPORTS: Record<string, (query: Query, context: RequestContext, analysis: AnalysisService) => Promise<Table>> = {
  'capability-gaps': async (query, context, analysis) => {
    const [scope, options] = await Promise.all([scopeOf(query), gapOptionsOf(query)]);
    const taxonomy = await context.catalog.capabilities();
    const report = await analysis.capabilityGaps(scope, options, taxonomy);
    const supplierIds = await Promise.all(report.gaps.map((gap) => gap.supplierIds()));
    const company = await names(context, [...supplierIds.flat(), ...report.gaps.flatMap((g) => g.closers.map((c) => c.companyId))]);
    return {
      columns: ['Status', 'Fähigkeit', 'Domäne', 'Mindeststufe', 'Anbieter im Bereich', 'Offene Rollen', 'Früheste Frist', 'Anbieter', 'Mögliche Anbieter außerhalb'],
      rows: report.gaps.map((gap, index) => {
        const capability = taxonomy.get(gap.capabilityId);
        return [
          gap.status, capability?.nameDe ?? capability?.name ?? gap.capabilityId, capability ? taxonomy.root(capability).nameDe ?? '' : '',
          gap.requiredLevel, gap.supplierCount, gap.demand.length, gap.demand.map((d) => d.deadline ?? '').sort()[0] ?? '',
          supplierIds[index].map((id) => company.get(id)), gap.closers.map((c) => `${company.get(c.companyId)} (${c.distanceKm === null ? '?' : germanNumber(c.distanceKm)} km)`),
        ];
      }),
    };
  },
  'supply-chain': async (query, context, analysis) => {
    const report = await analysis.supplyChain(text(query, 'program'), text(query, 'prime'), integer(query, 'maxDepth', 4), context.caller);
    const company = await names(context, report.companies.flatMap((c) => (c.companyId ? [c.companyId] : [])));
    const label = await confidentialLabel(context);
    const spof = new Map(report.singlePointsOfFailure.map((s) => [s.companyId, s.cutOffIds]));
    return {
      columns: ['Tier', 'Firma', 'Weitere Tiers', 'Single Point of Failure', 'Abgeschnittene Lieferanten'],
      rows: report.companies.map((c) => [
        c.tier, c.companyId ? company.get(c.companyId) : label(c.regionId), c.depths.filter((d) => d !== c.tier),
        c.companyId ? spof.has(c.companyId) : null, c.companyId ? (spof.get(c.companyId) ?? []).map((id) => company.get(id) ?? id) : [],
      ]),
    };
  },
  'paths-to-prime': async (query, context, analysis) => {
    const { first } = await validated(Object.assign(new PathCountArgs(), { first: integer(query, 'first', 5) }));
    const paths = await analysis.pathsToPrime(text(query, 'company') ?? '', text(query, 'prime') ?? '', first, context.caller);
    const company = await names(context, paths.flatMap((p) => p.steps.flatMap((s) => (s.companyId ? [s.companyId] : []))));
    const label = await confidentialLabel(context);
    return {
      columns: ['Pfad', 'Schritt', 'Tier', 'Firma', 'Liefert', 'Programm'],
      rows: paths.flatMap((path, p) => path.steps.map((step, s) => [
        p + 1, s + 1, step.tier, step.companyId ? company.get(step.companyId) : label(step.regionId), step.product, step.programId,
      ])),
    };
  },
  concentration: async (query, context, analysis) => {
    const entries = await analysis.concentration(await scopeOf(query), context.caller);
    const [taxonomy, regions] = await Promise.all([context.catalog.capabilities(), context.catalog.regions()]);
    const company = await names(context, entries.flatMap((e) => (e.largestGroupId ? [e.largestGroupId] : [])));
    return {
      columns: ['Fähigkeit', 'Anbieter', 'Größter Kreis', 'Anteil Kreis', 'Größte Gruppe', 'Anteil Gruppe'],
      rows: entries.map((e) => [
        taxonomy.get(e.capabilityId)?.nameDe ?? e.capabilityId, e.supplierCount, e.largestRegionId ? regions.get(e.largestRegionId)?.name : null,
        e.largestRegionShare, e.largestGroupId ? company.get(e.largestGroupId) : 'vertrauliche Gruppe', e.largestGroupShare,
      ]),
    };
  },
};

async function send(req: Request, res: Response, name: string, format: string, table: Table): Promise<void> {
  if (format === 'xlsx') {
    res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(table, name));
  } else if (format === 'csv') {
    res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
    res.type('text/csv; charset=utf-8').send(toCsv(table));
  } else {
    res.json({ report: name, parameters: req.query, columns: table.columns, rows: toJsonRows(table) });
  }
}

/**
 * Every report as CSV (for German Excel) or JSON: /reports/capability-gaps.csv?network=nmwp-nrw,
 * /reports/supply-chain.json?program=..., /reports/analyses/<name>.csv?days=30, ...
 */
export function reportRouter(
  services: { analysis: AnalysisService; savedAnalyses: SavedAnalysisService },
  context: (caller: Caller) => RequestContext,
): Router {
  const router = Router();
  router.get('/reports/analyses/:file', async (req, res, next: NextFunction) => {
    const match = /^([\w-]+)\.(csv|json|xlsx)$/.exec(req.params.file);
    if (!match) return void res.status(404).json({ error: { code: 'NOT_FOUND', message: 'use /reports/analyses/<name>.csv, .xlsx or .json' } });
    try {
      const caller = callerOf(res);
      assertPermitted(caller, Permission.RUN_SAVED_ANALYSES);
      const result = await services.savedAnalyses.run(match[1], req.query as Query);
      await send(req, res, match[1], match[2], { columns: result.columns, rows: result.rows.map((row) => result.columns.map((c) => row[c])) });
    } catch (error) {
      next(error);
    }
  });
  router.get('/reports/:file', async (req, res, next: NextFunction) => {
    const match = /^([\w-]+)\.(csv|json)$/.exec(req.params.file);
    const build = match && Object.hasOwn(REPORTS, match[1]) ? REPORTS[match[1]] : undefined;
    if (!match || !build) {
      return void res.status(404).json({ error: { code: 'NOT_FOUND', message: `reports: ${Object.keys(REPORTS).join(', ')}, analyses/<name>; as .csv or .json` } });
    }
    try {
      await send(req, res, match[1], match[2], await build(req.query as Query, context(callerOf(res)), services.analysis));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
