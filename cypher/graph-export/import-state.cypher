// Before an import of an export: how many nodes the database holds, and how many of them an unfinished
// earlier import left behind (still carrying the import mark).
MATCH (n)
RETURN count(n) AS nodes, count(CASE WHEN n:TiergraphImport THEN 1 END) AS unfinished
