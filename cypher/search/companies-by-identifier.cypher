// Companies whose NCAGE code, VAT id, D-U-N-S number or Handelsregister entry is exactly the searched text, each
// given in its stored form (null where the text is not of that format); "HRB 1234" without a court finds every
// company with that register type and number.
MATCH (node:Company)
WHERE node.ncageCode = $ncageCode OR node.vatId = $vatId OR node.dunsNumber = $dunsNumber
   OR node.handelsregisterKey = $handelsregisterKey
   OR (node.handelsregisterNumber = $registerNumber AND node.handelsregisterType = $registerType)
OPTIONAL MATCH (node)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (node)-[group:SUBSIDIARY_OF]->(parent:Company)
RETURN node {.*, regionId: region.id, parentGroupId: parent.id, parentGroupStatus: CASE WHEN parent IS NULL THEN null ELSE coalesce(group.status, 'CONFIRMED') END} AS company
ORDER BY node.id
LIMIT $limit
