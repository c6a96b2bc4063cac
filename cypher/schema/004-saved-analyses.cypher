// Analyses saved from the Cypher console: one per name.
CREATE CONSTRAINT saved_analysis_name IF NOT EXISTS FOR (n:SavedAnalysis) REQUIRE n.name IS UNIQUE;
