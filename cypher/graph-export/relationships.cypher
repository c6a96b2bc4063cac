// Export: the relationships leaving one page of the exported nodes (by element id), with typed properties.
// The caller keeps those whose end is exported too (a set lookup there, not a list scan here).
UNWIND $keys AS key
MATCH (a)-[r]->(b)
WHERE elementId(a) = key
WITH a, r, b ORDER BY elementId(r)
RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end,
       [k IN keys(r) | {key: k, type: CASE valueType(r[k])
                                         WHEN 'DATE NOT NULL' THEN 'date'
                                         WHEN 'ZONED DATETIME NOT NULL' THEN 'datetime'
                                         WHEN 'POINT NOT NULL' THEN 'point'
                                         WHEN 'INTEGER NOT NULL' THEN 'integer'
                                         WHEN 'FLOAT NOT NULL' THEN 'float'
                                         ELSE 'value' END,
                        value: CASE WHEN valueType(r[k]) IN ['DATE NOT NULL', 'ZONED DATETIME NOT NULL'] THEN toString(r[k])
                                    WHEN valueType(r[k]) = 'POINT NOT NULL' THEN {latitude: r[k].latitude, longitude: r[k].longitude}
                                    ELSE r[k] END}] AS properties
