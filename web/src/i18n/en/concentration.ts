import type { Messages } from '../de';

export const concentration: Messages['concentration'] = {
  title: 'Supplier concentration',
  intro: 'Per capability: how many suppliers the chosen scope has and what share sits in the Kreis and in the company group with the most of them. A high share means a regional shock, or the loss of one group, cuts supply.',
  filters: 'Scope',
  scope: 'Scope',
  everything: 'All companies',
  scopeLabel: (name: string) => `Scope: ${name}`,
  downloadCsv: 'Download CSV',
  downloadFailed: 'The download failed.',
  empty: 'No company in this scope has claimed a capability.',
  listTitle: (n: number) => (n === 1 ? '1 capability' : `${n} capabilities`),
  clustered: (n: number) => (n === 1
    ? 'For 1 capability at least half of the suppliers sit in one Kreis.'
    : `For ${n} capabilities at least half of the suppliers sit in one Kreis.`),
  capability: 'Capability',
  suppliers: 'Suppliers',
  largestRegion: 'Largest Kreis (share)',
  largestGroup: 'Largest group (share)',
  noRegion: 'no Kreis',
  confidentialGroup: 'confidential group',
  all: 'all here',
  most: 'majority here',
};
