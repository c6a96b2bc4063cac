// What matching needs to know of each given company: location, clearance (and whether staff confirmed it), export control, claims,
// certificates (what each includes and whether it counts for quality management comes from the certification
// catalogue, not from the graph per company), whom and for which programs it supplies (confirmed links only),
// its networks, its confirmed parent group and whether it holds a valid Defence Ready label.
// Plan: a NodeIndexSeek on Company(id) per id; each list is an expand of that company's own relationships.
UNWIND $ids AS id
MATCH (c:Company {id: id})
RETURN c.id AS id,
       c.location AS location,
       coalesce(c.securityClearance, 'NONE') AS securityClearance,
       coalesce(c.clearanceStatus, 'CONFIRMED') = 'CONFIRMED' AS clearanceConfirmed,
       coalesce(c.exportControl, 'NOT_ASSESSED') AS exportControl,
       [(c)-[claim:HAS_CAPABILITY]->(capability:Capability) |
         {capabilityId: capability.id, level: claim.level, evidenceLevel: claim.evidenceLevel}] AS claims,
       [(c)-[held:HOLDS]->(certification:Certification) |
         {certificationId: certification.id, validUntil: held.validUntil, evidenceLevel: held.evidenceLevel}] AS certificates,
       [(c)-[link:SUPPLIES]->(customer:Company) WHERE coalesce(link.status, 'CONFIRMED') = 'CONFIRMED' | {customerId: customer.id, programId: link.programId}] AS supplies,
       [(c)-[:MEMBER_OF]->(network:Network) | network.id] AS networkIds,
       [(c)-[group:SUBSIDIARY_OF]->(parent:Company) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | parent.id][0] AS parentGroupId,
       EXISTS { MATCH (a:ReadinessAssessment {status: 'AWARDED'})-[:OF]->(c) WHERE a.validUntil >= toString(date()) } AS defenceReady
ORDER BY id
