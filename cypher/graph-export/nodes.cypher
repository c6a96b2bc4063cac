// Export: one page of nodes (the whole graph, or a network's part: its member companies with their
// contacts, assessments and the roles they buy, plus all reference data), each with its labels and
// typed properties, keyed by element id.
MATCH (n)
WHERE NOT n:Company AND NOT n:ContactPerson AND NOT n:SupplyRole AND NOT n:ReadinessAssessment
        AND NOT n:ReadinessAnswer AND NOT n:ReadinessEvent
   OR $networkId IS NULL
   OR EXISTS {
        MATCH (company:Company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId})
        WHERE company = n
           OR (n)-[:WORKS_FOR|OF|FOR_BUYER]->(company)
           OR (n)-[:IN|ON]->(:ReadinessAssessment)-[:OF]->(company) }
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
