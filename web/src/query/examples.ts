import type { Messages } from '../i18n/de';

type ExampleKey = keyof Messages['query']['exampleTitles'];

/** The questions staff ask most, as queries to start from; their titles are in the catalogue. */
export const EXAMPLES: { key: ExampleKey; cypher: string; parameters: string }[] = [
  {
    key: 'suppliersOfPrime',
    cypher: `MATCH path = (supplier:Company)-[:SUPPLIES*1..3]->(prime:Company {id: $primeId})
RETURN supplier.name AS supplier, length(path) AS tier, path
ORDER BY tier, supplier
LIMIT 50`,
    parameters: '{"primeId": "rheinmetall"}',
  },
  {
    key: 'singleSources',
    cypher: `MATCH (capability:Capability)<-[:HAS_CAPABILITY]-(company:Company)
WITH capability, collect(company) AS holders
WHERE size(holders) = 1
RETURN capability.name AS capability, holders[0].name AS onlySupplier
ORDER BY capability`,
    parameters: '{}',
  },
  {
    key: 'networkMembers',
    cypher: `MATCH (network:Network)<-[membership:MEMBER_OF]-(company:Company)
RETURN network.name AS network, count(company) AS members, min(membership.since) AS memberSince
ORDER BY members DESC`,
    parameters: '{}',
  },
  {
    key: 'expiringCertificates',
    cypher: `MATCH (company:Company)-[held:HOLDS]->(certification:Certification)
WHERE held.validUntil < date() + duration('P1Y')
RETURN company.name AS company, certification.name AS certificate, held.validUntil AS validUntil
ORDER BY validUntil`,
    parameters: '{}',
  },
  {
    key: 'openRolesWithoutCandidates',
    cypher: `MATCH (role:SupplyRole {status: 'OPEN'})-[required:REQUIRES_CAPABILITY]->(capability:Capability)
WHERE NOT EXISTS {
  MATCH (:Company)-[claim:HAS_CAPABILITY]->(capability) WHERE claim.level >= required.minLevel
}
RETURN role.title AS role, capability.name AS missing, required.minLevel AS minLevel
ORDER BY role`,
    parameters: '{}',
  },
];
