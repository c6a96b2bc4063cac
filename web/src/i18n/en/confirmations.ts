import type { confirmations as de } from '../de/confirmations';

export const confirmations: typeof de = {
  title: 'To confirm',
  intro: 'What companies entered themselves counts only with a second voice: the other end or the network office confirms a supply link, the network office a security clearance or a parent group.',
  pending: 'pending',
  confirm: 'Confirm',
  confirming: 'Confirming …',
  failed: (message: string) => `Not confirmed: ${message}`,
  company: 'Company',
  place: 'Place',
  links: {
    title: 'Supply links',
    intro: 'Until confirmed they set no tier and count for no supply chain, path or gap.',
    empty: 'No supply link is waiting for confirmation.',
    supplier: 'Supplier',
    customer: 'Customer',
    delivery: 'Delivery',
    enteredBy: 'Entered by',
    unknown: 'unknown',
    confirmLabel: (supplier: string, customer: string, program: string) => `Confirm the delivery from ${supplier} to ${customer} (${program})`,
  },
  clearances: {
    title: 'Security clearances',
    intro: 'The status only; tiergraph stores no clearance documents. Until confirmed a clearance meets no role\'s requirement.',
    empty: 'No security clearance is waiting for confirmation.',
    declared: 'Declared clearance',
    confirmLabel: (company: string) => `Confirm the security clearance of ${company}`,
  },
  parentGroups: {
    title: 'Parent groups',
    intro: 'Until confirmed matching ignores them: a company is still proposed for its group\'s roles.',
    empty: 'No parent group is waiting for confirmation.',
    group: 'Declared parent group',
    confirmLabel: (company: string) => `Confirm the parent group of ${company}`,
  },
};
