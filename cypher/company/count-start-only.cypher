// How many companies match a filter that is only its start (a capability with its level, a network, a region or a
// certification, nothing else): company/count-from-start without the remaining filters, whose row-by-row checks
// cost more than the count itself (cnc-5-axis-milling on the realistic graph: 65 ms against 150 ms).
CALL () {
  MATCH (:Capability {id: $capabilityId})<-[:BROADER*0..6]-(:Capability)<-[claim:HAS_CAPABILITY]-(c:Company)
  WHERE $startFrom = 'CAPABILITY' AND claim.level >= $minLevel
  RETURN count(DISTINCT c) AS total
  UNION ALL
  MATCH (:Network {id: $networkId})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(c:Company)
  WHERE $startFrom = 'NETWORK'
  RETURN count(DISTINCT c) AS total
  UNION ALL
  MATCH (:Region {id: $regionId})<-[:PART_OF*0..4]-(:Region)<-[:LOCATED_IN]-(c:Company)
  WHERE $startFrom = 'REGION'
  RETURN count(DISTINCT c) AS total
  UNION ALL
  MATCH (:Certification {id: $certificationId})<-[held:HOLDS]-(c:Company)
  WHERE $startFrom = 'CERTIFICATION' AND (held.validUntil IS NULL OR held.validUntil >= date())
  RETURN count(DISTINCT c) AS total
}
RETURN sum(total) AS total
