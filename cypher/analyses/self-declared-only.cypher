// @title Companies with only self-declared claims
// @description Companies whose capability claims are all self-declared: candidates for a plausibility check.
// @param networkId ID optional Only members of this network (with its sub-networks)
MATCH (company:Company)-[claim:HAS_CAPABILITY]->()
WHERE ($networkId IS NULL OR EXISTS { (company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
WITH company, collect(claim) AS claims
WHERE all(claim IN claims WHERE coalesce(claim.evidenceLevel, 'SELF_DECLARED') = 'SELF_DECLARED')
RETURN company.id AS companyId, company.name AS company, size(claims) AS claims
ORDER BY company
