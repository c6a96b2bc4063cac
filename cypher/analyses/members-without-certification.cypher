// @title Members without any valid certificate
// @description Companies of a network (with its sub-networks) that hold no certificate valid today.
// @param networkId ID required The network
MATCH (network:Network {id: $networkId})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(company:Company)
WITH DISTINCT company
WHERE NOT EXISTS { MATCH (company)-[held:HOLDS]->() WHERE held.validUntil IS NULL OR held.validUntil >= date() }
RETURN company.id AS companyId, company.name AS company, company.city AS city
ORDER BY company, companyId
