// For every capability, how its suppliers in scope (companies claiming it or a narrower one) spread: their number,
// the Kreis with the most of them and the company group (confirmed parent group, or the company itself) with the
// most of them, ties to the smaller id. Counted here, company by company, into one cell per capability, Kreis and
// group of several companies, so that neither this transaction nor the service holds a row per supplier. Scope: a
// network or region with everything below it, the companies supplying into a set of programs (confirmed links), or
// everyone. With programs, also the links that tie the largest group's suppliers to them, with their ends' consent
// to share them (empty without programs).
MATCH (company:Company)
WHERE ($networkId IS NULL OR EXISTS { (company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
  AND ($regionId IS NULL OR EXISTS { (company)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {id: $regionId}) })
  AND ($programIds IS NULL OR EXISTS { (company)-[link:SUPPLIES]->() WHERE link.programId IN $programIds AND coalesce(link.status, 'CONFIRMED') = 'CONFIRMED' })
OPTIONAL MATCH (company)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (company)-[membership:SUBSIDIARY_OF]->(parent:Company)
WHERE coalesce(membership.status, 'CONFIRMED') = 'CONFIRMED'
// The group: the confirmed parent, or the company itself when it heads subsidiaries; null when it is a group of one.
WITH company, region.id AS regionId,
     CASE WHEN parent IS NOT NULL THEN parent.id
          WHEN EXISTS { (company)<-[owned:SUBSIDIARY_OF]-(:Company) WHERE coalesce(owned.status, 'CONFIRMED') = 'CONFIRMED' } THEN company.id
     END AS groupId
WITH company, regionId, groupId, CASE WHEN groupId IS NULL THEN company.id END AS alone
CALL (company) {
  MATCH (company)-[:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(capability:Capability)
  RETURN DISTINCT capability
}
WITH capability, regionId, groupId, count(*) AS suppliers, min(alone) AS firstAlone
WITH capability, collect({regionId: regionId, groupId: groupId, suppliers: suppliers, firstAlone: firstAlone}) AS cells,
     sum(suppliers) AS supplierCount
CALL (cells) {
  UNWIND cells AS cell
  WITH cell.regionId AS regionId, sum(cell.suppliers) AS suppliers
  WHERE regionId IS NOT NULL
  WITH regionId, suppliers ORDER BY suppliers DESC, regionId
  RETURN head(collect({id: regionId, suppliers: suppliers})) AS largestRegion
}
CALL (cells) {
  UNWIND cells AS cell
  WITH cell.groupId AS groupId, sum(cell.suppliers) AS suppliers, min(cell.firstAlone) AS firstAlone
  // The companies that are groups of their own count one each: the first of them stands for all.
  WITH coalesce(groupId, firstAlone) AS groupId, CASE WHEN groupId IS NULL THEN 1 ELSE suppliers END AS suppliers
  RETURN groupId AS largestGroupId, suppliers AS largestGroupCount ORDER BY suppliers DESC, groupId LIMIT 1
}
OPTIONAL MATCH (head:Company {id: largestGroupId})
WHERE $programIds IS NOT NULL
WITH capability, supplierCount, largestRegion, largestGroupId, largestGroupCount,
     CASE WHEN head IS NULL THEN [] ELSE
       [member IN [head] WHERE NOT EXISTS { (member)-[owner:SUBSIDIARY_OF]->(:Company) WHERE coalesce(owner.status, 'CONFIRMED') = 'CONFIRMED' }]
       + [(head)<-[owned:SUBSIDIARY_OF]-(member:Company) WHERE coalesce(owned.status, 'CONFIRMED') = 'CONFIRMED' | member]
     END AS members
RETURN capability.id AS capabilityId, supplierCount,
       largestRegion.id AS largestRegionId, coalesce(largestRegion.suppliers, 0) AS largestRegionCount,
       largestGroupId, largestGroupCount,
       reduce(links = [], member IN members | links +
         [(member)-[link:SUPPLIES]->(customer:Company)
          WHERE link.programId IN $programIds AND coalesce(link.status, 'CONFIRMED') = 'CONFIRMED'
            AND EXISTS { (member)-[:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(capability) } |
           {supplierId: member.id, customerId: customer.id, shareableBySupplier: link.shareableBySupplier, shareableByCustomer: link.shareableByCustomer}]) AS groupLinks
ORDER BY capabilityId
