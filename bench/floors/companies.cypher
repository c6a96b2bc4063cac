// Floor of companies(first: $first) { totalCount, edges { node { claims, certificates } } } in the default order
// (lower-cased name, then id): returns one row, totalCount (from the count store) and page: [{id, claims:
// [[capabilityId, level]] by level descending then capability id, certificates: [[certificationId, validUntil]] by
// certification id}].
CALL () {
  MATCH (c:Company)
  RETURN count(c) AS totalCount
}
CALL () {
  MATCH (c:Company)
  WITH c
  ORDER BY CASE WHEN c.name IS NULL THEN 1 ELSE 0 END, toLower(c.name), c.id
  LIMIT $first
  WITH c,
       COLLECT { MATCH (c)-[claim:HAS_CAPABILITY]->(capability:Capability)
                 RETURN [capability.id, claim.level] ORDER BY claim.level DESC, capability.id } AS claims,
       COLLECT { MATCH (c)-[held:HOLDS]->(certification:Certification)
                 RETURN [certification.id, toString(held.validUntil)] ORDER BY certification.id } AS certificates
  RETURN collect({id: c.id, claims: claims, certificates: certificates}) AS page
}
RETURN totalCount, page
