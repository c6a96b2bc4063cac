// Retires a capability: its claims and role requirements move to the replacement ($replacementId, null
// when nothing uses it), keeping the higher level and the stricter requirement where the replacement is
// already claimed or required; then the capability is removed.
MATCH (capability:Capability {id: $id})
CALL (capability) {
  MATCH (company:Company)-[claim:HAS_CAPABILITY]->(capability)
  MATCH (replacement:Capability {id: $replacementId})
  MERGE (company)-[moved:HAS_CAPABILITY]->(replacement)
    ON CREATE SET moved += properties(claim)
    ON MATCH SET moved.level = CASE WHEN claim.level > moved.level THEN claim.level ELSE moved.level END
}
CALL (capability) {
  MATCH (role:SupplyRole)-[need:REQUIRES_CAPABILITY]->(capability)
  MATCH (replacement:Capability {id: $replacementId})
  MERGE (role)-[moved:REQUIRES_CAPABILITY]->(replacement)
    ON CREATE SET moved += properties(need)
    ON MATCH SET moved.minLevel = CASE WHEN need.minLevel > moved.minLevel THEN need.minLevel ELSE moved.minLevel END,
                 moved.mandatory = moved.mandatory OR need.mandatory
}
DETACH DELETE capability
