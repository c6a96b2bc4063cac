/** The Defence Ready criteria catalogue: what a company assesses itself on, and what counts as evidence. */
export interface ReadinessCriterionDef {
  id: string;
  name: string;
  questions: string[];
  evidence: string;
}

export const READINESS_CRITERIA: ReadinessCriterionDef[] = [
  {
    id: 'quality-management',
    name: 'Quality management system',
    questions: ['Is your quality management system certified (ISO 9001, EN 9100, AQAP 2110/2310)?', 'Who is responsible for quality?'],
    evidence: 'A valid certificate in the company profile',
  },
  {
    id: 'documented-processes',
    name: 'Documented processes',
    questions: ['Are order handling, production, inspection and change management documented?', 'How are documents controlled?'],
    evidence: 'Process map and document control procedure',
  },
  {
    id: 'clear-responsibilities',
    name: 'Clear responsibilities',
    questions: ['Is there an organisation chart with named deputies?', 'Who is the contact for defence customers?'],
    evidence: 'Organisation chart, named contact person',
  },
  {
    id: 'certifications',
    name: 'Certifications',
    questions: ['Which certifications do you hold, with scope and validity?'],
    evidence: 'Certificates in the company profile, valid at the time of the check',
  },
  {
    id: 'information-security',
    name: 'Information security',
    questions: ['How do you protect customer data and drawings?', 'Is information security certified (ISO 27001, TISAX)?'],
    evidence: 'ISO 27001 or TISAX, or a documented alternative (e.g. an ISMS based on BSI IT-Grundschutz)',
  },
  {
    id: 'security-clearance-readiness',
    name: 'Security-clearance readiness',
    questions: ['Do you have or could you obtain a clearance (VS-NfD, Geheimschutz)?', 'Is a security officer named?'],
    evidence: 'Status only; no clearance document is ever uploaded',
  },
  {
    id: 'export-control',
    name: 'Export-control compliance',
    questions: ['Is an export-control officer (Ausfuhrverantwortlicher) appointed with BAFA?', 'Do you screen items against the Ausfuhrliste?'],
    evidence: 'BAFA registration, internal compliance programme',
  },
  {
    id: 'capacity-and-delivery',
    name: 'Capacity and delivery dependability',
    questions: ['How many employees work in production?', 'What share of capacity is free for new orders?', 'What was your on-time delivery rate?'],
    evidence: 'Capacity figures and on-time delivery statistics of the last 12 months',
  },
];

export const CRITERION_IDS = new Set(READINESS_CRITERIA.map((c) => c.id));
