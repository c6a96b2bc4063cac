// Finding nodes by their export key while an export is imported.
CREATE INDEX tiergraph_import_key IF NOT EXISTS FOR (n:TiergraphImport) ON (n.tiergraphImportKey);
