// Supply roles by id with buyer, program, preferred region and their requirements.
UNWIND $ids AS id
MATCH (role:SupplyRole {id: id})
OPTIONAL MATCH (role)-[:FOR_BUYER]->(buyer:Company)
OPTIONAL MATCH (role)-[:IN_PROGRAM]->(program:Program)
OPTIONAL MATCH (role)-[:PREFERS_REGION]->(region:Region)
RETURN role {
  .*,
  buyerId: buyer.id,
  programId: program.id,
  regionId: region.id,
  requiredCapabilities: COLLECT {
    MATCH (role)-[need:REQUIRES_CAPABILITY]->(capability:Capability)
    RETURN {capabilityId: capability.id, minLevel: need.minLevel, mandatory: need.mandatory}
    ORDER BY capability.id
  },
  requiredCertifications: COLLECT {
    MATCH (role)-[need:REQUIRES_CERTIFICATION]->(certification:Certification)
    RETURN {certificationId: certification.id, mandatory: need.mandatory, minEvidenceLevel: need.minEvidenceLevel}
    ORDER BY certification.id
  }
} AS role
