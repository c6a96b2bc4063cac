// For every capability, the companies in scope claiming it or a narrower one, with their Kreis and
// group (confirmed parent group, or the company itself). Scope: a network or region with everything below it,
// the companies supplying into a set of programs (confirmed links), or everyone. With programs, also the links
// that tie each company to them, with their ends' consent to share them (empty without programs).
MATCH (capability:Capability)<-[:BROADER*0..6]-(:Capability)<-[:HAS_CAPABILITY]-(company:Company)
WHERE ($networkId IS NULL OR EXISTS { (company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
  AND ($regionId IS NULL OR EXISTS { (company)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {id: $regionId}) })
  AND ($programIds IS NULL OR EXISTS { (company)-[link:SUPPLIES]->() WHERE link.programId IN $programIds AND coalesce(link.status, 'CONFIRMED') = 'CONFIRMED' })
WITH DISTINCT capability, company
OPTIONAL MATCH (company)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (company)-[membership:SUBSIDIARY_OF]->(group:Company)
WHERE coalesce(membership.status, 'CONFIRMED') = 'CONFIRMED'
RETURN capability.id AS capabilityId, company.id AS companyId, region.id AS regionId, coalesce(group.id, company.id) AS groupId,
       CASE WHEN $programIds IS NULL THEN [] ELSE
         [(company)-[link:SUPPLIES]->(customer:Company) WHERE link.programId IN $programIds AND coalesce(link.status, 'CONFIRMED') = 'CONFIRMED' |
           {supplierId: company.id, customerId: customer.id, shareableBySupplier: link.shareableBySupplier, shareableByCustomer: link.shareableByCustomer}]
       END AS programLinks
ORDER BY capabilityId, companyId
