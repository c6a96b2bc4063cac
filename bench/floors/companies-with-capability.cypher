// Floor of companies(first: $first, where: {capabilityId: $capabilityId}) { totalCount, nested claims and
// certificates }: the companies claiming the capability or a narrower one (at level 1 or more), found from the
// capability node outwards, in the default order (lower-cased name, then id). Returns one row, totalCount and page:
// [{id, claims: [[capabilityId, level]] by level descending then capability id, certificates:
// [[certificationId, validUntil]] by certification id}].
MATCH (:Capability {id: $capabilityId})<-[:BROADER*0..6]-(:Capability)<-[claim:HAS_CAPABILITY]-(c:Company)
WHERE claim.level >= 1
WITH DISTINCT c
ORDER BY CASE WHEN c.name IS NULL THEN 1 ELSE 0 END, toLower(c.name), c.id
WITH collect(c) AS companies
CALL (companies) {
  UNWIND companies[0..$first] AS c
  WITH c,
       COLLECT { MATCH (c)-[claim:HAS_CAPABILITY]->(capability:Capability)
                 RETURN [capability.id, claim.level] ORDER BY claim.level DESC, capability.id } AS claims,
       COLLECT { MATCH (c)-[held:HOLDS]->(certification:Certification)
                 RETURN [certification.id, toString(held.validUntil)] ORDER BY certification.id } AS certificates
  RETURN collect({id: c.id, claims: claims, certificates: certificates}) AS page
}
RETURN size(companies) AS totalCount, page
