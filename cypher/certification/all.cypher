// The certification catalogue (ISO 9001, EN 9100, AQAP 2110, ...), each with the ids of the
// certifications it includes (AQAP 2110 includes ISO 9001).
MATCH (certification:Certification)
RETURN certification {.*, includedIds: [(certification)-[:INCLUDES]->(included:Certification) | included.id]} AS certification
ORDER BY certification.id
