// How many companies match a filter of company/list (same parameters, no paging), counted from the same
// selective start: the candidates behind the $startFrom node meet the remaining filters and are counted, without
// sorting or reading any company's properties beyond those filters.
CALL () {
  MATCH (:Capability {id: $capabilityId})<-[:BROADER*0..6]-(:Capability)<-[claim:HAS_CAPABILITY]-(c:Company)
  WHERE $startFrom = 'CAPABILITY' AND claim.level >= $minLevel
  RETURN DISTINCT c
  UNION ALL
  MATCH (:Network {id: $networkId})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(c:Company)
  WHERE $startFrom = 'NETWORK'
  RETURN DISTINCT c
  UNION ALL
  MATCH (:Region {id: $regionId})<-[:PART_OF*0..4]-(:Region)<-[:LOCATED_IN]-(c:Company)
  WHERE $startFrom = 'REGION'
  RETURN DISTINCT c
  UNION ALL
  MATCH (:Certification {id: $certificationId})<-[held:HOLDS]-(c:Company)
  WHERE $startFrom = 'CERTIFICATION' AND (held.validUntil IS NULL OR held.validUntil >= date())
  RETURN DISTINCT c
}
WITH c
WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
  AND ($sizeClasses IS NULL OR c.sizeClass IN $sizeClasses)
  AND ($isPrime IS NULL OR coalesce(c.isPrime, false) = $isPrime)
  AND ($city IS NULL OR toLower(c.city) = toLower($city))
  AND ($near IS NULL OR point.distance(c.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000)
  AND ($startFrom = 'CAPABILITY' OR $capabilityId IS NULL OR EXISTS {
        MATCH (c)-[claim:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(:Capability {id: $capabilityId})
        WHERE claim.level >= $minLevel })
  AND ($startFrom = 'NETWORK' OR $networkId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
  AND ($startFrom = 'REGION' OR $regionId IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {id: $regionId}) })
  AND ($startFrom = 'CERTIFICATION' OR $certificationId IS NULL OR EXISTS {
        MATCH (c)-[held:HOLDS]->(:Certification {id: $certificationId})
        WHERE held.validUntil IS NULL OR held.validUntil >= date() })
RETURN count(c) AS total
