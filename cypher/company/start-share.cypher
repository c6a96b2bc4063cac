// How many companies the start filter of a company list leads to at most, against all companies: from the degree
// and count stores, without reading a relationship (a few ms on 100,000 companies). An upper bound: a company
// with two claims in the capability's subtree, or a claim below the minimum level, counts all the same.
CALL () {
  MATCH (:Capability {id: $capabilityId})<-[:BROADER*0..6]-(capability:Capability)
  WHERE $startFrom = 'CAPABILITY'
  RETURN sum(COUNT { (capability)<-[:HAS_CAPABILITY]-() }) AS candidates
  UNION ALL
  MATCH (:Network {id: $networkId})<-[:PART_OF*0..4]-(network:Network)
  WHERE $startFrom = 'NETWORK'
  RETURN sum(COUNT { (network)<-[:MEMBER_OF]-() }) AS candidates
  UNION ALL
  MATCH (:Region {id: $regionId})<-[:PART_OF*0..4]-(region:Region)
  WHERE $startFrom = 'REGION'
  RETURN sum(COUNT { (region)<-[:LOCATED_IN]-() }) AS candidates
  UNION ALL
  MATCH (certification:Certification {id: $certificationId})
  WHERE $startFrom = 'CERTIFICATION'
  RETURN COUNT { (certification)<-[:HOLDS]-() } AS candidates
}
WITH sum(candidates) AS candidates
CALL () {
  MATCH (c:Company)
  RETURN count(c) AS companies
}
RETURN candidates, companies
