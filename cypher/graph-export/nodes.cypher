// Export: one page of nodes (the whole graph, or a network's part: its member companies with their
// contacts, assessments with answers and events, and the roles they buy, plus all reference data), each
// with its labels and typed properties, keyed by element id. A network's part starts from the network,
// never from a check of every node against the members.
CALL () {
  MATCH (n)
  WHERE $networkId IS NULL
     OR (NOT n:Company AND NOT n:ContactPerson AND NOT n:SupplyRole AND NOT n:ReadinessAssessment
         AND NOT n:ReadinessAnswer AND NOT n:ReadinessEvent)
  RETURN n
  UNION
  MATCH (:Network {id: $networkId})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(company:Company)
  CALL (company) {
    RETURN company AS n
    UNION
    MATCH (n)-[:WORKS_FOR|OF|FOR_BUYER]->(company)
    RETURN n
    UNION
    MATCH (n)-[:IN|ON]->(:ReadinessAssessment)-[:OF]->(company)
    RETURN n
  }
  RETURN n
}
WITH n ORDER BY elementId(n)
SKIP $skip LIMIT $limit
RETURN elementId(n) AS key, labels(n) AS labels,
       [k IN keys(n) | {key: k, type: CASE valueType(n[k])
                                         WHEN 'DATE NOT NULL' THEN 'date'
                                         WHEN 'ZONED DATETIME NOT NULL' THEN 'datetime'
                                         WHEN 'POINT NOT NULL' THEN 'point'
                                         WHEN 'INTEGER NOT NULL' THEN 'integer'
                                         WHEN 'FLOAT NOT NULL' THEN 'float'
                                         ELSE 'value' END,
                        value: CASE WHEN valueType(n[k]) IN ['DATE NOT NULL', 'ZONED DATETIME NOT NULL'] THEN toString(n[k])
                                    WHEN valueType(n[k]) = 'POINT NOT NULL' THEN {latitude: n[k].latitude, longitude: n[k].longitude}
                                    ELSE n[k] END}] AS properties
