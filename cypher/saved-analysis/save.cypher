// Stores an analysis saved from the Cypher console (the uniqueness constraint on the name refuses a second
// one of the same name); returns its name.
CREATE (analysis:SavedAnalysis {name: $name, text: $text, savedBy: $savedBy, savedAt: datetime()})
RETURN analysis.name AS name
