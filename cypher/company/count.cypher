// How many companies match the filter of company/list (same parameters, no paging).
MATCH (c:Company)
WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
  AND ($sizeClasses IS NULL OR c.sizeClass IN $sizeClasses)
  AND ($isPrime IS NULL OR coalesce(c.isPrime, false) = $isPrime)
  AND ($city IS NULL OR toLower(c.city) = toLower($city))
  AND ($regionId IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {id: $regionId}) })
  AND ($networkId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
  AND ($capabilityId IS NULL OR EXISTS {
        MATCH (c)-[claim:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(:Capability {id: $capabilityId})
        WHERE claim.level >= $minLevel })
  AND ($certificationId IS NULL OR EXISTS {
        MATCH (c)-[held:HOLDS]->(:Certification {id: $certificationId})
        WHERE held.validUntil IS NULL OR held.validUntil >= date() })
  AND ($near IS NULL OR point.distance(c.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000)
RETURN count(c) AS total
