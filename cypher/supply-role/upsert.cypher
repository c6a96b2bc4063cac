// Creates or updates a supply role with its buyer, program, preferred region and requirements; the
// requirement lists replace the old ones. Returns the role id and the buyer it had before (read after the
// write has locked the role, so that the caller's ownership check cannot race another upsert of the same id).
MERGE (role:SupplyRole {id: $id})
  ON CREATE SET role.createdAt = datetime()
SET role.title = $title,
    role.description = $description,
    role.tier = $tier,
    role.status = $status,
    role.securityClearance = $securityClearance,
    role.quantity = $quantity,
    role.product = $product,
    role.deadline = CASE WHEN $deadline IS NULL THEN null ELSE date($deadline) END,
    role.location = CASE WHEN $location IS NULL THEN null
                         ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END,
    role.maxDistanceKm = $maxDistanceKm,
    role.updatedAt = datetime()
WITH role, [(role)-[:FOR_BUYER]->(previous:Company) | previous.id][0] AS previousBuyerId
CALL (role) {
  OPTIONAL MATCH (role)-[old:FOR_BUYER|IN_PROGRAM|PREFERS_REGION|REQUIRES_CAPABILITY|REQUIRES_CERTIFICATION]->()
  DELETE old
}
CALL (role) {
  MATCH (buyer:Company {id: $buyerId})
  MERGE (role)-[:FOR_BUYER]->(buyer)
}
CALL (role) {
  MATCH (program:Program {id: $programId})
  MERGE (role)-[:IN_PROGRAM]->(program)
}
CALL (role) {
  MATCH (region:Region {id: $regionId})
  MERGE (role)-[:PREFERS_REGION]->(region)
}
CALL (role) {
  UNWIND $requiredCapabilities AS need
  MATCH (capability:Capability {id: need.capabilityId})
  MERGE (role)-[required:REQUIRES_CAPABILITY]->(capability)
  SET required.minLevel = need.minLevel, required.mandatory = need.mandatory
}
CALL (role) {
  UNWIND $requiredCertifications AS need
  MATCH (certification:Certification {id: need.certificationId})
  MERGE (role)-[required:REQUIRES_CERTIFICATION]->(certification)
  SET required.mandatory = need.mandatory, required.minEvidenceLevel = need.minEvidenceLevel
}
RETURN role.id AS id, previousBuyerId
