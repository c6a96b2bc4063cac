// Every region (Land, Regierungsbezirk, Kreis, kreisfreie Stadt) with its parent region.
MATCH (region:Region)
OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
RETURN region {.*, parentId: parent.id} AS region
ORDER BY region.name, region.id
