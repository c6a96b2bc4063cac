import { queryStarted, timed, withTiming } from '../../src/common/timing';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function busyFor(ms: number): number {
  const until = performance.now() + ms;
  let spins = 0;
  while (performance.now() < until) spins += 1;
  return spins;
}

describe('per-request timing', () => {
  it('adds synchronous and asynchronous work to the span it names, and returns what the work returns', async () => {
    const { result, spans, totalMs } = await withTiming(async () => {
      const sync = timed('scoring', () => (busyFor(5), 'sync'));
      const later = await timed('scoring', async () => (await pause(10), 'async'));
      return [sync, later];
    });
    expect(result).toEqual(['sync', 'async']);
    expect(Object.keys(spans)).toEqual(['scoring']);
    expect(spans.scoring).toBeGreaterThanOrEqual(14);
    expect(spans.scoring).toBeLessThanOrEqual(totalMs);
  });

  it('counts the time of work that throws, and lets the error through', async () => {
    const { spans } = await withTiming(async () => {
      expect(() => timed('scoring', () => { busyFor(2); throw new Error('bad'); })).toThrow('bad');
      await expect(timed('loading', async () => { await pause(2); throw new Error('worse'); })).rejects.toThrow('worse');
    });
    expect(spans.scoring).toBeGreaterThan(0);
    expect(spans.loading).toBeGreaterThan(0);
  });

  it("splits the time of queries one after another into the server's own (neo4j) and the rest (loading)", async () => {
    const { spans, totalMs } = await withTiming(async () => {
      for (const serverMs of [4, 6]) {
        const loaded = queryStarted()!;
        await pause(20);
        loaded(serverMs);
      }
    });
    expect(spans.neo4j).toBe(10);
    // Timers may fire a fraction of a millisecond before the clock says their delay has passed.
    expect(spans.loading).toBeGreaterThanOrEqual(29);
    expect(spans.neo4j + spans.loading).toBeLessThanOrEqual(totalMs);
  });

  it('counts queries in flight at the same time once, in the proportion of server to wall time', async () => {
    const { spans, totalMs } = await withTiming(async () => {
      await Promise.all([30, 30].map(async (ms) => {
        const loaded = queryStarted()!;
        await pause(ms);
        loaded(ms / 2);
      }));
    });
    expect(spans.neo4j + spans.loading).toBeLessThanOrEqual(totalMs);
    expect(spans.neo4j + spans.loading).toBeGreaterThanOrEqual(29);
    expect(spans.neo4j / (spans.neo4j + spans.loading)).toBeLessThanOrEqual(0.52);
  });

  it('outside a timed request it only runs the work and measures no query', () => {
    expect(timed('scoring', () => 42)).toBe(42);
    expect(queryStarted()).toBeNull();
  });

  it('keeps the spans of requests running at the same time apart', async () => {
    const request = (name: string, ms: number) => withTiming(async () => {
      await timed(name, () => pause(ms));
      return queryStarted() !== null;
    });
    const [first, second] = await Promise.all([request('scoring', 5), request('loading', 5)]);
    expect([first.result, second.result]).toEqual([true, true]);
    expect(Object.keys(first.spans)).toEqual(['scoring']);
    expect(Object.keys(second.spans)).toEqual(['loading']);
  });
});
