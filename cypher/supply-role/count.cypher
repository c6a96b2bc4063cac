// How many supply roles match the filter of supply-role/list.
MATCH (role:SupplyRole)
WHERE ($status IS NULL OR role.status = $status)
  AND ($tier IS NULL OR role.tier = $tier)
  AND ($buyerId IS NULL OR EXISTS { (role)-[:FOR_BUYER]->(:Company {id: $buyerId}) })
  AND ($programId IS NULL OR EXISTS { (role)-[:IN_PROGRAM]->(:Program {id: $programId}) })
  AND ($capabilityId IS NULL OR EXISTS {
        (role)-[:REQUIRES_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(:Capability {id: $capabilityId}) })
  AND ($deadlineBefore IS NULL OR role.deadline <= date($deadlineBefore))
RETURN count(role) AS total
