// Floor of companies(first: $first) { totalCount, edges { node { claims, certificates } } } in the default order
// (lower-cased name, then id; read in order from the index on nameSort): returns one row, totalCount (from the
// count store) and page: [{id, claims: [[capabilityId, level]] by level descending then capability id,
// certificates: [[certificationId, validUntil]] by certification id}].
CALL () {
  MATCH (c:Company)
  RETURN count(c) AS totalCount
}
CALL () {
  MATCH (c:Company)
  WHERE c.nameSort IS NOT NULL
  WITH c
  ORDER BY c.nameSort, c.id
  LIMIT $first
  WITH c,
       COLLECT { MATCH (c)-[claim:HAS_CAPABILITY]->(capability:Capability)
                 RETURN [capability.id, claim.level] ORDER BY claim.level DESC, capability.id } AS claims,
       COLLECT { MATCH (c)-[held:HOLDS]->(certification:Certification)
                 RETURN [certification.id, toString(held.validUntil)] ORDER BY certification.id } AS certificates
  RETURN collect({id: c.id, claims: claims, certificates: certificates}) AS page
}
RETURN totalCount, page
