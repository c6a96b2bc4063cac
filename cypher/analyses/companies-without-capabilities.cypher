// @title Companies without capability claims
// @description Companies (optionally of one network) that have not claimed any capability yet: profiles to complete.
// @param networkId ID optional Only members of this network (with its sub-networks)
MATCH (company:Company)
WHERE coalesce(company.isPrime, false) = false
  AND NOT EXISTS { (company)-[:HAS_CAPABILITY]->() }
  AND ($networkId IS NULL OR EXISTS { (company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
RETURN company.id AS companyId, company.name AS company, company.city AS city
ORDER BY company
