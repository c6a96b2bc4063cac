// The certification catalogue (ISO 9001, EN 9100, AQAP 2110, ...).
MATCH (certification:Certification)
RETURN certification {.*} AS certification
ORDER BY certification.id
