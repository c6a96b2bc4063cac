// Import: creates or replaces supply roles in one batch with buyer, program and requirements (the
// requirement lists replace the old ones). Returns how many rows it wrote.
UNWIND $rows AS row
MERGE (role:SupplyRole {id: row.id})
  ON CREATE SET role.createdAt = datetime()
SET role.title = row.title,
    role.tier = row.tier,
    role.status = coalesce(row.status, 'OPEN'),
    role.securityClearance = coalesce(row.securityClearance, 'NONE'),
    role.quantity = row.quantity,
    role.deadline = CASE WHEN row.deadline IS NULL THEN null ELSE date(row.deadline) END,
    role.source = $source + ' line ' + toString(row.line),
    role.updatedAt = datetime()
WITH role, row
CALL (role) {
  OPTIONAL MATCH (role)-[old:FOR_BUYER|IN_PROGRAM|REQUIRES_CAPABILITY|REQUIRES_CERTIFICATION]->()
  DELETE old
}
CALL (role, row) {
  MATCH (buyer:Company {id: row.buyerId})
  MERGE (role)-[:FOR_BUYER]->(buyer)
}
CALL (role, row) {
  MATCH (program:Program {id: row.programId})
  MERGE (role)-[:IN_PROGRAM]->(program)
}
CALL (role, row) {
  UNWIND row.requiredCapabilities AS need
  MATCH (capability:Capability {id: need.capabilityId})
  MERGE (role)-[required:REQUIRES_CAPABILITY]->(capability)
  SET required.minLevel = need.minLevel, required.mandatory = need.mandatory
}
CALL (role, row) {
  UNWIND row.requiredCertifications AS need
  MATCH (certification:Certification {id: need.certificationId})
  MERGE (role)-[required:REQUIRES_CERTIFICATION]->(certification)
  SET required.mandatory = need.mandatory, required.minEvidenceLevel = need.minEvidenceLevel
}
RETURN count(*) AS written
