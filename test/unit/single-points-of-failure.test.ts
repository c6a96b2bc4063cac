import fc from 'fast-check';
import { singlePointsOfFailure } from '../../src/analysis/analysis.service';

const link = (supplierId: string, customerId: string) => ({ supplierId, customerId });

describe('singlePointsOfFailure', () => {
  it('names the company every path of another one passes through, and whom it cuts off', () => {
    // A and B supply the prime; C supplies both, D supplies C, E supplies only A, F only E.
    const links = [link('a', 'p'), link('b', 'p'), link('c', 'a'), link('c', 'b'), link('d', 'c'), link('e', 'a'), link('f', 'e')];
    expect(singlePointsOfFailure('p', links)).toEqual([
      { companyId: 'a', cutOffIds: ['e', 'f'] }, // C still reaches the prime through B
      { companyId: 'c', cutOffIds: ['d'] },
      { companyId: 'e', cutOffIds: ['f'] },
    ]);
  });

  it('follows a cycle among suppliers and a link from the prime back down without looping', () => {
    const links = [link('a', 'p'), link('b', 'a'), link('a', 'b'), link('p', 'q'), link('q', 'p')];
    expect(singlePointsOfFailure('p', links)).toEqual([{ companyId: 'a', cutOffIds: ['b'] }]);
  });

  it('finds nobody when every company has two ways to the prime', () => {
    expect(singlePointsOfFailure('p', [link('a', 'p'), link('b', 'p'), link('c', 'a'), link('c', 'b')])).toEqual([]);
    expect(singlePointsOfFailure('p', [])).toEqual([]);
  });

  it('agrees with the definition on random chains: d cuts off x when x cannot reach the prime without d', () => {
    const ids = ['p', 'a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const graphs = fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([s, c]) => s !== c),
      { maxLength: 16, selector: ([s, c]) => `${s}>${c}` });
    fc.assert(fc.property(graphs, (pairs) => {
      const links = pairs.map(([s, c]) => link(s, c));
      expect(singlePointsOfFailure('p', links)).toEqual(byDefinition('p', links));
    }), { numRuns: 500, seed: 11 });
  });
});

/** The same answer the slow way: for every company d, who among the companies above the prime needs d to reach it. */
function byDefinition(primeId: string, links: { supplierId: string; customerId: string }[]) {
  const reachesPrime = (from: string, without: string | null) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (id === primeId) return true;
      for (const l of links) {
        if (l.supplierId === id && l.customerId !== without && !seen.has(l.customerId)) {
          seen.add(l.customerId);
          queue.push(l.customerId);
        }
      }
    }
    return false;
  };
  // The chain holds the companies the prime is reached from, as a walk down its suppliers finds them.
  const inChain = new Set([primeId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const l of links) {
      if (inChain.has(l.customerId) && !inChain.has(l.supplierId)) {
        inChain.add(l.supplierId);
        grew = true;
      }
    }
  }
  const companies = [...inChain].filter((id) => id !== primeId).sort();
  return companies
    .map((d) => ({ companyId: d, cutOffIds: companies.filter((x) => x !== d && reachesPrime(x, null) && !reachesPrime(x, d)) }))
    .filter((spof) => spof.cutOffIds.length > 0);
}
