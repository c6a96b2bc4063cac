// The analyses staff saved from the Cypher console: each as the text of an analysis file (header lines
// and query, the format of cypher/analyses/), by name.
MATCH (analysis:SavedAnalysis)
RETURN analysis.name AS name, analysis.text AS text
ORDER BY name
