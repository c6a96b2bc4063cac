// Floor of matchSuppliers and matchSuppliersForRequirement: one query that ranks the candidates for the role
// $roleId (or, when it is null, for the ad-hoc $requirement: {buyerId, programId, location, maxDistanceKm,
// deadline, securityClearance, needs: [{capabilityId, minLevel, mandatory}], certificationNeeds:
// [{certificationId, mandatory, minEvidenceLevel}]}) exactly as src/matching/matching.engine.ts scores them with the
// default weights, and returns one row: eligibleCount, nearMissCount and matches, the first $first of the ranking
// (eligible only, or eligible then near misses when $includeNearMisses) as [{id, score, eligible}].
// Same candidates (the required capabilities, narrower and broader ones, without the buyer's group), same rounding
// (each component and the score to 4 places, half up), same order (eligible first, near misses by fewest
// mandatory gaps, then score descending, then id).
OPTIONAL MATCH (role:SupplyRole {id: $roleId})
OPTIONAL MATCH (role)-[:FOR_BUYER]->(roleBuyer:Company)
OPTIONAL MATCH (role)-[:IN_PROGRAM]->(roleProgram:Program)
WITH CASE WHEN role IS NULL THEN $requirement ELSE {
       buyerId: roleBuyer.id, programId: roleProgram.id, location: role.location, maxDistanceKm: role.maxDistanceKm,
       deadline: toString(role.deadline), securityClearance: role.securityClearance,
       needs: COLLECT { MATCH (role)-[need:REQUIRES_CAPABILITY]->(capability:Capability)
                        RETURN {capabilityId: capability.id, minLevel: need.minLevel, mandatory: need.mandatory} ORDER BY capability.id },
       certificationNeeds: COLLECT { MATCH (role)-[need:REQUIRES_CERTIFICATION]->(certification:Certification)
                        RETURN {certificationId: certification.id, mandatory: need.mandatory, minEvidenceLevel: need.minEvidenceLevel}
                        ORDER BY certification.id }
     } END AS requirement
OPTIONAL MATCH (buyer:Company {id: requirement.buyerId})
OPTIONAL MATCH (:Program {id: requirement.programId})-[:LED_BY]->(prime:Company)
WITH requirement, buyer, prime,
     CASE WHEN buyer IS NULL THEN [] ELSE
       [buyer.id] + [(buyer)-[group:SUBSIDIARY_OF]->(parent:Company) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | parent.id]
                  + [(subsidiary:Company)-[group:SUBSIDIARY_OF]->(buyer) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | subsidiary.id]
     END AS groupIds,
     [(buyer)-[:MEMBER_OF]->(network:Network) | network.id] AS buyerNetworkIds,
     [(prime)<-[:LED_BY]-(program:Program) | program.id] AS primeProgramIds,
     coalesce(requirement.location, buyer.location) AS place,
     CASE WHEN requirement.deadline IS NOT NULL AND requirement.deadline > toString(date()) THEN requirement.deadline
          ELSE toString(date()) END AS validOn,
     {SELF_DECLARED: 0, PLAUSIBILITY_CHECKED: 1, VERIFIED: 2} AS evidenceRank,
     {NONE: 0, VS_NFD: 1, VS_VERTRAULICH: 2, GEHEIM: 3} AS clearanceRank
WITH requirement, buyer, prime, groupIds, buyerNetworkIds, primeProgramIds, place, validOn, evidenceRank, clearanceRank,
     [need IN requirement.needs | need {
        .*,
        narrower: [(:Capability {id: need.capabilityId})<-[:BROADER*1..6]-(narrower:Capability) | narrower.id],
        broader: [(:Capability {id: need.capabilityId})-[:BROADER*1..6]->(broader:Capability) | broader.id]
     }] AS needs
CALL (needs) {
  UNWIND needs AS need
  MATCH (required:Capability {id: need.capabilityId})
  CALL (required) {
    MATCH (required)<-[:BROADER*0..6]-(:Capability)<-[:HAS_CAPABILITY]-(company:Company)
    RETURN company
    UNION
    MATCH (required)-[:BROADER*1..6]->(:Capability)<-[:HAS_CAPABILITY]-(company:Company)
    RETURN company
  }
  RETURN DISTINCT company
}
WITH * WHERE NOT company.id IN groupIds
WITH requirement, buyer, prime, buyerNetworkIds, primeProgramIds, place, validOn, evidenceRank, clearanceRank, needs, company,
     [(company)-[claim:HAS_CAPABILITY]->(capability:Capability) | {id: capability.id, level: claim.level, evidenceLevel: claim.evidenceLevel}] AS claims,
     [(company)-[held:HOLDS]->(certification:Certification) | {
        id: certification.id, validUntil: toString(held.validUntil), evidenceLevel: held.evidenceLevel,
        includes: [(certification)-[:INCLUDES*1..3]->(included:Certification) | included.id],
        isQualityManagement: certification.isQualityManagement = true
          OR EXISTS { (certification)-[:INCLUDES*1..3]->(:Certification {isQualityManagement: true}) }}] AS certificates,
     [(company)-[link:SUPPLIES]->(customer:Company) WHERE coalesce(link.status, 'CONFIRMED') = 'CONFIRMED' |
        {customerId: customer.id, programId: link.programId}] AS supplies
WITH company, claims, certificates, supplies, buyer, prime, buyerNetworkIds, primeProgramIds, place, validOn, evidenceRank, clearanceRank,
     requirement,
     [need IN needs | {
        mandatory: need.mandatory,
        met: any(claim IN claims WHERE (claim.id = need.capabilityId OR claim.id IN need.narrower) AND claim.level >= need.minLevel),
        score: reduce(best = 0.0, claim IN claims |
          CASE WHEN claim.id = need.capabilityId OR claim.id IN need.narrower OR claim.id IN need.broader THEN
            CASE WHEN (CASE WHEN claim.id = need.capabilityId THEN 1.0 WHEN claim.id IN need.narrower THEN 0.9 ELSE 0.4 END)
                      * (CASE WHEN claim.level >= need.minLevel THEN 1.0 ELSE 0.5 * (toFloat(claim.level) / need.minLevel) END) > best
                 THEN (CASE WHEN claim.id = need.capabilityId THEN 1.0 WHEN claim.id IN need.narrower THEN 0.9 ELSE 0.4 END)
                      * (CASE WHEN claim.level >= need.minLevel THEN 1.0 ELSE 0.5 * (toFloat(claim.level) / need.minLevel) END)
                 ELSE best END
          ELSE best END)
     }] AS capabilityMatches,
     [need IN requirement.certificationNeeds | {
        mandatory: need.mandatory,
        score: reduce(best = 0.0, held IN [held IN certificates WHERE held.id = need.certificationId OR need.certificationId IN held.includes] |
          CASE WHEN held.validUntil IS NOT NULL AND held.validUntil < validOn THEN best
               WHEN evidenceRank[coalesce(held.evidenceLevel, 'SELF_DECLARED')] < evidenceRank[need.minEvidenceLevel]
                 THEN CASE WHEN best > 0.5 THEN best ELSE 0.5 END
               ELSE 1.0 END)
     }] AS certificationMatches
WITH company, capabilityMatches, certificationMatches,
     clearanceRank[requirement.securityClearance] > 0
       AND (clearanceRank[coalesce(company.securityClearance, 'NONE')] < clearanceRank[requirement.securityClearance]
            OR coalesce(company.clearanceStatus, 'CONFIRMED') <> 'CONFIRMED') AS clearanceShort,
     CASE WHEN EXISTS { MATCH (assessment:ReadinessAssessment {status: 'AWARDED'})-[:OF]->(company)
                        WHERE assessment.validUntil >= toString(date()) } THEN 1.0
          ELSE ((CASE coalesce(company.exportControl, 'NOT_ASSESSED') WHEN 'READY' THEN 1 WHEN 'IN_PREPARATION' THEN 0.5 ELSE 0 END)
                + (CASE WHEN any(held IN certificates WHERE held.isQualityManagement AND (held.validUntil IS NULL OR held.validUntil >= validOn))
                        THEN 1 ELSE 0 END)
                + (CASE WHEN size(claims) = 0 THEN 0
                        ELSE reduce(sum = 0.0, claim IN claims | sum + evidenceRank[coalesce(claim.evidenceLevel, 'SELF_DECLARED')] / 2.0) / size(claims) END)
               ) / 3.0 END AS readiness,
     CASE WHEN company.location IS NULL OR place IS NULL THEN null ELSE
       6378.14 * 2 * asin(sqrt(
         sin((place.latitude - company.location.latitude) * (pi() / 180) / 2) ^ 2
         + cos(company.location.latitude * (pi() / 180)) * cos(place.latitude * (pi() / 180))
           * sin((place.longitude - company.location.longitude) * (pi() / 180) / 2) ^ 2)) END AS distance,
     coalesce(requirement.maxDistanceKm, 300) AS range,
     CASE WHEN requirement.buyerId IS NOT NULL AND any(s IN supplies WHERE s.customerId = requirement.buyerId) THEN 1
          WHEN requirement.programId IS NOT NULL AND any(s IN supplies WHERE s.programId = requirement.programId) THEN 0.8
          WHEN prime IS NOT NULL AND any(s IN supplies WHERE s.customerId = prime.id OR s.programId IN primeProgramIds) THEN 0.6
          WHEN any(network IN [(company)-[:MEMBER_OF]->(network:Network) | network.id] WHERE network IN buyerNetworkIds) THEN 0.4
          ELSE 0 END AS relationship
WITH company, relationship, readiness, capabilityMatches, certificationMatches,
     CASE WHEN size(capabilityMatches) = 0 THEN 1.0 ELSE
       reduce(sum = 0.0, m IN capabilityMatches | sum + (CASE WHEN m.mandatory THEN 2 ELSE 1 END) * m.score)
       / reduce(total = 0, m IN capabilityMatches | total + CASE WHEN m.mandatory THEN 2 ELSE 1 END) END AS capability,
     CASE WHEN size(certificationMatches) = 0 THEN 1.0 ELSE
       reduce(sum = 0.0, m IN certificationMatches | sum + (CASE WHEN m.mandatory THEN 2 ELSE 1 END) * m.score)
       / reduce(total = 0, m IN certificationMatches | total + CASE WHEN m.mandatory THEN 2 ELSE 1 END) END AS certification,
     CASE WHEN distance IS NULL THEN 0.0 ELSE CASE WHEN 1 - distance / range > 0 THEN 1 - distance / range ELSE 0.0 END END AS proximity,
     size([m IN capabilityMatches WHERE m.mandatory AND NOT m.met])
       + size([m IN certificationMatches WHERE m.mandatory AND m.score < 1.0])
       + CASE WHEN clearanceShort THEN 1 ELSE 0 END AS mandatoryGaps
WITH company.id AS id, mandatoryGaps = 0 AS eligible, mandatoryGaps,
     floor((0.4 * (floor(capability * 10000 + 0.5) / 10000) + 0.2 * (floor(certification * 10000 + 0.5) / 10000)
            + 0.15 * (floor(readiness * 10000 + 0.5) / 10000) + 0.15 * (floor(proximity * 10000 + 0.5) / 10000)
            + 0.1 * relationship) * 10000 + 0.5) / 10000 AS score
ORDER BY mandatoryGaps, score DESC, id
WITH collect({id: id, score: score, eligible: eligible}) AS ranked
WITH ranked, [match IN ranked WHERE match.eligible] AS eligible
RETURN size(eligible) AS eligibleCount, size(ranked) - size(eligible) AS nearMissCount,
       (CASE WHEN $includeNearMisses THEN ranked ELSE eligible END)[0..$first] AS matches
