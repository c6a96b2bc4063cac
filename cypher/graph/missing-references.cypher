// Of the ids a write refers to, the ones that do not exist, per kind. Empty lists mean all exist.
RETURN
  [id IN $companyIds WHERE NOT EXISTS { MATCH (:Company {id: id}) }] AS companies,
  [id IN $capabilityIds WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS capabilities,
  [id IN $certificationIds WHERE NOT EXISTS { MATCH (:Certification {id: id}) }] AS certifications,
  [id IN $programIds WHERE NOT EXISTS { MATCH (:Program {id: id}) }] AS programs,
  [id IN $networkIds WHERE NOT EXISTS { MATCH (:Network {id: id}) }] AS networks,
  [id IN $regionIds WHERE NOT EXISTS { MATCH (:Region {id: id}) }] AS regions
