import { BadUserInputError } from '../common/errors';
import { Tree } from '../catalog/catalog';
import { Capability } from '../catalog/catalog.type';
import { identifierCandidates } from '../company/external-identifiers';
import { SearchRepository } from './search.repository';
import { SearchHit } from './search.type';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);
const MAX_SEARCH_LENGTH = 200;
/** The score of a company found by an identifier: the same as a capability found by its code, above any full-text hit. */
const EXACT_IDENTIFIER_SCORE = 100;

/**
 * Turns what a person typed into a Lucene query: every word is matched as typed (stemmed by the
 * German analyzer) or as a prefix, so "Kera" finds "Keramik". Lucene syntax in the input is escaped, the
 * operators `AND`, `OR`, `NOT` and `TO` are searched as words, and what has no letter or digit is left out.
 * Empty when the text has no word.
 */
export function toLuceneQuery(text: string): string {
  const words = text
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => (LUCENE_OPERATORS.has(word) ? word.toLowerCase() : word.replace(LUCENE_SPECIAL, (c) => `\\${c}`)));
  return words.map((word) => `${word} ${word.toLowerCase()}*`).join(' ');
}

export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  /**
   * Companies and capabilities matching the text, best first; ties broken by kind and id. A company whose NCAGE code,
   * VAT id, D-U-N-S number or Handelsregister entry is the text (up to case and spacing), and a capability whose NSC,
   * CPV, NACE/WZ code or EDA CapTech is the text itself, come first.
   */
  async search(text: string, first: number, capabilities: () => Promise<Tree<Capability>>): Promise<SearchHit[]> {
    if (text.trim().length < 2) throw new BadUserInputError('text', 'must have at least two characters');
    if (text.length > MAX_SEARCH_LENGTH) throw new BadUserInputError('text', `must be at most ${MAX_SEARCH_LENGTH} characters`);
    const query = toLuceneQuery(text);
    if (query === '') throw new BadUserInputError('text', 'has no word to search for (letters or digits)');
    const [companies, identified, capabilityHits, tree] = await Promise.all([
      this.repository.companies(query, first),
      this.repository.companiesByIdentifier(identifierCandidates(text), first),
      this.repository.capabilities(query, text.trim().toLowerCase(), first),
      capabilities(),
    ]);
    const identifiedIds = new Set(identified.map((company) => company.id));
    const hits: (SearchHit & { key: string })[] = [
      ...identified.map((company) => ({ score: EXACT_IDENTIFIER_SCORE, node: company, key: `company:${company.id}` })),
      ...companies
        .filter(({ company }) => !identifiedIds.has(company.id))
        .map(({ company, score }) => ({ score, node: company, key: `company:${company.id}` })),
      ...capabilityHits.flatMap(({ capabilityId, score }) => {
        const capability = tree.get(capabilityId);
        return capability ? [{ score, node: capability, key: `capability:${capabilityId}` }] : [];
      }),
    ];
    return hits
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
      .slice(0, first)
      .map(({ score, node }) => ({ score, node }));
  }
}
