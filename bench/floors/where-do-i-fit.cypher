// Floor of whereDoIFit(companyId: $companyId, first: $first) for its two rankings: the open roles requiring one of
// the company's capabilities, a broader or a narrower one (not those of its own group), each scored as
// src/matching/matching.engine.ts scores a company for a role (default weights, same rounding). Returns one row:
// qualifying (eligible, best score first) and nearMisses (fewest mandatory gaps, then best score), the first $first
// of each as [[roleId, score]], ties by role id. (Cheapest steps, reach and partner suggestions are not part of it.)
MATCH (company:Company {id: $companyId})
WITH company,
     [(company)-[claim:HAS_CAPABILITY]->(capability:Capability) | {id: capability.id, level: claim.level, evidenceLevel: claim.evidenceLevel}] AS claims,
     [(company)-[held:HOLDS]->(certification:Certification) | {
        id: certification.id, validUntil: toString(held.validUntil), evidenceLevel: held.evidenceLevel,
        includes: [(certification)-[:INCLUDES*1..3]->(included:Certification) | included.id],
        isQualityManagement: certification.isQualityManagement = true
          OR EXISTS { (certification)-[:INCLUDES*1..3]->(:Certification {isQualityManagement: true}) }}] AS certificates,
     [(company)-[link:SUPPLIES]->(customer:Company) WHERE coalesce(link.status, 'CONFIRMED') = 'CONFIRMED' |
        {customerId: customer.id, programId: link.programId}] AS supplies,
     [(company)-[:MEMBER_OF]->(network:Network) | network.id] AS networkIds,
     EXISTS { MATCH (assessment:ReadinessAssessment {status: 'AWARDED'})-[:OF]->(company)
              WHERE assessment.validUntil >= toString(date()) } AS defenceReady,
     {SELF_DECLARED: 0, PLAUSIBILITY_CHECKED: 1, VERIFIED: 2} AS evidenceRank,
     {NONE: 0, VS_NFD: 1, VS_VERTRAULICH: 2, GEHEIM: 3} AS clearanceRank
CALL (company) {
  MATCH (company)-[:HAS_CAPABILITY]->(held:Capability)
  CALL (held) {
    MATCH (held)-[:BROADER*0..6]->(:Capability)<-[:REQUIRES_CAPABILITY]-(role:SupplyRole)
    RETURN role
    UNION
    MATCH (held)<-[:BROADER*1..6]-(:Capability)<-[:REQUIRES_CAPABILITY]-(role:SupplyRole)
    RETURN role
  }
  WITH DISTINCT role
  WHERE role.status = 'OPEN'
  RETURN role
}
OPTIONAL MATCH (role)-[:FOR_BUYER]->(buyer:Company)
OPTIONAL MATCH (role)-[:IN_PROGRAM]->(:Program)-[:LED_BY]->(prime:Company)
WITH company, claims, certificates, supplies, networkIds, defenceReady, evidenceRank, clearanceRank, role, buyer, prime,
     [(role)-[:IN_PROGRAM]->(program:Program) | program.id][0] AS programId,
     CASE WHEN buyer IS NULL THEN [] ELSE
       [buyer.id] + [(buyer)-[group:SUBSIDIARY_OF]->(parent:Company) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | parent.id]
                  + [(subsidiary:Company)-[group:SUBSIDIARY_OF]->(buyer) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | subsidiary.id]
     END AS groupIds
WHERE NOT company.id IN groupIds
WITH company, claims, certificates, supplies, networkIds, defenceReady, evidenceRank, clearanceRank, role, buyer, prime, programId,
     [(buyer)-[:MEMBER_OF]->(network:Network) | network.id] AS buyerNetworkIds,
     [(prime)<-[:LED_BY]-(program:Program) | program.id] AS primeProgramIds,
     coalesce(role.location, buyer.location) AS place,
     CASE WHEN role.deadline IS NOT NULL AND toString(role.deadline) > toString(date()) THEN toString(role.deadline)
          ELSE toString(date()) END AS validOn,
     [need IN COLLECT { MATCH (role)-[need:REQUIRES_CAPABILITY]->(capability:Capability)
                        RETURN {capabilityId: capability.id, minLevel: need.minLevel, mandatory: need.mandatory} ORDER BY capability.id } | need {
        .*,
        narrower: [(:Capability {id: need.capabilityId})<-[:BROADER*1..6]-(narrower:Capability) | narrower.id],
        broader: [(:Capability {id: need.capabilityId})-[:BROADER*1..6]->(broader:Capability) | broader.id]
     }] AS needs,
     COLLECT { MATCH (role)-[need:REQUIRES_CERTIFICATION]->(certification:Certification)
               RETURN {certificationId: certification.id, mandatory: need.mandatory, minEvidenceLevel: need.minEvidenceLevel}
               ORDER BY certification.id } AS certificationNeeds
WITH company, claims, certificates, supplies, networkIds, defenceReady, evidenceRank, clearanceRank, role, buyer, prime, programId,
     buyerNetworkIds, primeProgramIds, place, validOn,
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
     [need IN certificationNeeds | {
        mandatory: need.mandatory,
        score: reduce(best = 0.0, held IN [held IN certificates WHERE held.id = need.certificationId OR need.certificationId IN held.includes] |
          CASE WHEN held.validUntil IS NOT NULL AND held.validUntil < validOn THEN best
               WHEN evidenceRank[coalesce(held.evidenceLevel, 'SELF_DECLARED')] < evidenceRank[need.minEvidenceLevel]
                 THEN CASE WHEN best > 0.5 THEN best ELSE 0.5 END
               ELSE 1.0 END)
     }] AS certificationMatches
WITH role, capabilityMatches, certificationMatches,
     clearanceRank[role.securityClearance] > 0
       AND (clearanceRank[coalesce(company.securityClearance, 'NONE')] < clearanceRank[role.securityClearance]
            OR coalesce(company.clearanceStatus, 'CONFIRMED') <> 'CONFIRMED') AS clearanceShort,
     CASE WHEN defenceReady THEN 1.0
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
     coalesce(role.maxDistanceKm, 300) AS range,
     CASE WHEN buyer IS NOT NULL AND any(s IN supplies WHERE s.customerId = buyer.id) THEN 1
          WHEN programId IS NOT NULL AND any(s IN supplies WHERE s.programId = programId) THEN 0.8
          WHEN prime IS NOT NULL AND any(s IN supplies WHERE s.customerId = prime.id OR s.programId IN primeProgramIds) THEN 0.6
          WHEN any(network IN networkIds WHERE network IN buyerNetworkIds) THEN 0.4
          ELSE 0 END AS relationship
WITH role, relationship, readiness,
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
WITH role.id AS roleId, mandatoryGaps,
     floor((0.4 * (floor(capability * 10000 + 0.5) / 10000) + 0.2 * (floor(certification * 10000 + 0.5) / 10000)
            + 0.15 * (floor(readiness * 10000 + 0.5) / 10000) + 0.15 * (floor(proximity * 10000 + 0.5) / 10000)
            + 0.1 * relationship) * 10000 + 0.5) / 10000 AS score
ORDER BY mandatoryGaps, score DESC, roleId
WITH collect({roleId: roleId, score: score, eligible: mandatoryGaps = 0}) AS ranked
RETURN [match IN ranked WHERE match.eligible | [match.roleId, match.score]][0..$first] AS qualifying,
       [match IN ranked WHERE NOT match.eligible | [match.roleId, match.score]][0..$first] AS nearMisses
