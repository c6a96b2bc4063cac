// The certification catalogue (ISO 9001, EN 9100, AQAP 2110, ...), each with the ids of the
// certifications it includes (AQAP 2110 includes ISO 9001) and its quality-management flag (false when unset).
MATCH (certification:Certification)
RETURN certification {.*, isQualityManagement: coalesce(certification.isQualityManagement, false),
                      includedIds: [(certification)-[:INCLUDES]->(included:Certification) | included.id]} AS certification
ORDER BY certification.id
