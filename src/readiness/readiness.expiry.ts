import { today } from '../common/dates';
import { ReadinessService } from './readiness.service';

export const EXPIRY_RUN = 'expiry run';

/** Records the expiry of every label whose validity ended before today; returns the ids it expired. */
export async function expireDueLabels(service: ReadinessService): Promise<string[]> {
  const expired = await service.expire(today(), EXPIRY_RUN);
  return expired.map((assessment) => assessment.id);
}

/**
 * Runs the expiry at once and then every `intervalHours`, so that the audit trail records each expiry
 * without anyone calling expireReadinessAssessments (reads show EXPIRED as soon as a label runs out anyway).
 * A failed run is logged and retried at the next interval.
 */
export function scheduleExpiry(service: ReadinessService, intervalHours: number, log: (line: string) => void): { stop(): void } {
  const run = () => {
    expireDueLabels(service).then(
      (ids) => { if (ids.length > 0) log(`Defence Ready: recorded the expiry of ${ids.length} label(s): ${ids.join(', ')}`); },
      (error: unknown) => log(`Defence Ready expiry run failed, retrying in ${intervalHours} h: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  run();
  const timer = setInterval(run, intervalHours * 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
