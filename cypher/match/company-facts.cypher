// What matching needs to know of each given company: location, clearance (and whether staff confirmed it), export control, claims,
// certificates (with the certifications each includes, e.g. AQAP 2110 includes ISO 9001, and whether it
// is or includes a quality-management certificate), whom and for which programs it supplies (confirmed links only),
// its networks, its confirmed parent group and whether it holds a valid Defence Ready label.
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
         {certificationId: certification.id, validUntil: held.validUntil, evidenceLevel: held.evidenceLevel,
          includes: [(certification)-[:INCLUDES*1..3]->(included:Certification) | included.id],
          isQualityManagement: certification.isQualityManagement = true
            OR EXISTS { (certification)-[:INCLUDES*1..3]->(:Certification {isQualityManagement: true}) }}] AS certificates,
       [(c)-[link:SUPPLIES]->(customer:Company) WHERE coalesce(link.status, 'CONFIRMED') = 'CONFIRMED' | {customerId: customer.id, programId: link.programId}] AS supplies,
       [(c)-[:MEMBER_OF]->(network:Network) | network.id] AS networkIds,
       [(c)-[group:SUBSIDIARY_OF]->(parent:Company) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | parent.id][0] AS parentGroupId,
       EXISTS { MATCH (a:ReadinessAssessment {status: 'AWARDED'})-[:OF]->(c) WHERE a.validUntil >= toString(date()) } AS defenceReady
ORDER BY id
