import {
  handelsregisterKey, handelsregisterText, IdentifierHolder, identifierNamed, RegisterEntry, UniqueIdentifierProperty,
} from '../company/external-identifiers';
import { ColumnMapping } from './column-mapping';
import { ImportRow, RowProblem } from './import.type';

/** A unique identifier of a company row: its column key, property and stored value, and how people write it. */
export interface RowIdentifier {
  key: string;
  property: UniqueIdentifierProperty;
  value: string;
  text: string;
}

/** The unique identifiers a parsed company row carries, in their stored forms. */
export function identifiersOfRow(row: ImportRow): RowIdentifier[] {
  const plain = (['ncageCode', 'vatId', 'dunsNumber'] as const)
    .filter((key) => typeof row[key] === 'string')
    .map((key) => ({ key, property: key, value: row[key] as string, text: row[key] as string }));
  const entry = row.handelsregister as RegisterEntry | null | undefined;
  const register = entry
    ? [{ key: 'handelsregister', property: 'handelsregisterKey' as const, value: handelsregisterKey(entry), text: handelsregisterText(entry) }]
    : [];
  return [...plain, ...register];
}

const identity = (identifier: { property: string; value: string }) => `${identifier.property}|${identifier.value}`;
const described = (identifier: RowIdentifier) => `${identifierNamed(identifier.property).label} '${identifier.text}'`;

/**
 * Gives each company row its company: the Firmen-ID it names or, without one, the existing company its identifiers
 * name (`holders`: who holds them in the graph). Rejects, at the column concerned, a row whose identifier another
 * company holds (in the graph, or by an earlier row of the file), a row without an id whose identifiers name no
 * company or two different ones, and a row that names the same company as an earlier row.
 */
export function resolveCompanyRows(
  rows: readonly ImportRow[], holders: readonly IdentifierHolder[], mapping: ColumnMapping,
): { rows: ImportRow[]; problems: RowProblem[] } {
  const holderOf = new Map(holders.map((holder) => [identity(holder), holder.companyId]));
  const claimedBy = new Map<string, { line: number; companyId: string }>();
  const lineOfCompany = new Map<string, number>();
  const resolved: ImportRow[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const identifiers = identifiersOfRow(row);
    const problem = (key: string, reason: string) => problems.push({ line: row.line, column: mapping.headerOf(key), reason });
    const held = identifiers.flatMap((identifier) => {
      const companyId = holderOf.get(identity(identifier));
      return companyId ? [{ identifier, companyId }] : [];
    });
    let companyId = row.id as string | null;
    const before = problems.length;
    if (companyId) {
      for (const { identifier, companyId: holderId } of held.filter((h) => h.companyId !== companyId)) {
        problem(identifier.key, `${described(identifier)} belongs to company '${holderId}', not to '${companyId}'`);
      }
    } else if (held.length === 0) {
      problem('id', 'no company holds its identifiers: give the Firmen-ID of the company to create');
    } else {
      companyId = held[0].companyId;
      for (const other of held.filter((h) => h.companyId !== companyId)) {
        problem(other.identifier.key, `${described(other.identifier)} belongs to company '${other.companyId}', but ${described(held[0].identifier)} to '${companyId}'`);
      }
    }
    if (problems.length === before && companyId) {
      for (const identifier of identifiers) {
        const claimed = claimedBy.get(identity(identifier));
        if (claimed && claimed.companyId !== companyId) {
          problem(identifier.key, `${described(identifier)} is also on line ${claimed.line}, for company '${claimed.companyId}'`);
        }
      }
      const firstLine = lineOfCompany.get(companyId);
      if (firstLine !== undefined) problem('id', `company '${companyId}' is also on line ${firstLine}`);
    }
    if (problems.length > before || !companyId) continue;
    for (const identifier of identifiers) claimedBy.set(identity(identifier), { line: row.line, companyId });
    lineOfCompany.set(companyId, row.line);
    resolved.push({ ...row, id: companyId });
  }
  return { rows: resolved, problems };
}
