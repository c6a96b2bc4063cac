// How many companies match a filter of company/list-scan (same parameters, no paging): one scan through one Filter.
MATCH (c:Company)
WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
  AND ($sizeClasses IS NULL OR c.sizeClass IN $sizeClasses)
  AND ($isPrime IS NULL OR coalesce(c.isPrime, false) = $isPrime)
  AND ($city IS NULL OR toLower(c.city) = toLower($city))
  AND ($near IS NULL OR point.distance(c.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000)
RETURN count(c) AS total
