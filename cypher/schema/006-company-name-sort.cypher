// Company lists in name order read the first page straight from an index: nameSort is the lower-case name
// (Neo4j indexes no expressions), kept by every write of a company's name. Filled here for companies written
// before it existed, or by hand; a no-op once every company has it.
CREATE INDEX company_name_sort IF NOT EXISTS FOR (n:Company) ON (n.nameSort);
MATCH (c:Company)
WHERE c.name IS NOT NULL AND (c.nameSort IS NULL OR c.nameSort <> toLower(c.name))
SET c.nameSort = toLower(c.name);
