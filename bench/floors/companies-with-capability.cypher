// Floor of companies(first: $first, where: {capabilityId: $capabilityId}) { totalCount, nested claims and
// certificates }: totalCount counts the companies claiming the capability or a narrower one (at level 1 or more)
// from the capability node outwards; the page walks the name index in order (lower-cased name, then id) until
// $first of them are found. Returns one row, totalCount and page: [{id, claims: [[capabilityId, level]] by level
// descending then capability id, certificates: [[certificationId, validUntil]] by certification id}].
CALL () {
  MATCH (:Capability {id: $capabilityId})<-[:BROADER*0..6]-(:Capability)<-[claim:HAS_CAPABILITY]-(c:Company)
  WHERE claim.level >= 1
  RETURN count(DISTINCT c) AS totalCount
}
CALL () {
  MATCH (c:Company)
  WHERE c.nameSort IS NOT NULL
    AND EXISTS { MATCH (c)-[claim:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(:Capability {id: $capabilityId}) WHERE claim.level >= 1 }
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
