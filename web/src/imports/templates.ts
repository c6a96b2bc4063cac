import capabilities from '../../../seed/templates/faehigkeiten.csv?raw';
import certificates from '../../../seed/templates/zertifikate.csv?raw';
import companies from '../../../seed/templates/firmen.csv?raw';
import supplyLinks from '../../../seed/templates/lieferbeziehungen.csv?raw';
import supplyRoles from '../../../seed/templates/rollen.csv?raw';

export const IMPORT_KINDS = ['companies', 'capabilities', 'certificates', 'supply-links', 'supply-roles'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The templates of seed/templates, bundled so that the page offers them without a request. */
export const TEMPLATES: Record<ImportKind, { fileName: string; text: string }> = {
  companies: { fileName: 'firmen.csv', text: companies },
  capabilities: { fileName: 'faehigkeiten.csv', text: capabilities },
  certificates: { fileName: 'zertifikate.csv', text: certificates },
  'supply-links': { fileName: 'lieferbeziehungen.csv', text: supplyLinks },
  'supply-roles': { fileName: 'rollen.csv', text: supplyRoles },
};

/** Offers a text as a file download (with a byte order mark, so that German Excel reads UTF-8). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text.startsWith('\uFEFF') ? text : `\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
