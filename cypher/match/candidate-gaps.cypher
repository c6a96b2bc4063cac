// The candidates for a requirement grouped by their number of mandatory gaps (0: eligible), with the ids of the
// eligible and of as many near misses as an answer of $matchesWanted candidates can need (none for 0), so that
// only they are loaded and scored. A candidate claims a required capability, a narrower or a broader one
// ($candidateCapabilityIds, worked out from the taxonomy); the buyer's group ($excludedIds) is left out. A gap is a mandatory capability without a claim of it or a narrower one at
// the level, a mandatory certification without a certificate of it or of one including it that is valid on
// $validOn with enough evidence, or a clearance that is too low or not confirmed: the engine's rules for `met`.
// Plan (PROFILE, 10,000 companies, a role on the most common capability): NodeUniqueIndexSeek on Capability(id)
// for the 5 candidate capabilities, Expand(All) to 18,264 claims, Distinct to 9,425 companies; the gaps are one
// Projection whose EXISTS checks expand only each company's own claims and certificates (~30 db hits a company).
// Nothing scans companies; the cost follows the number of candidates, and only counts and ids leave the database.
MATCH (capability:Capability)<-[:HAS_CAPABILITY]-(company:Company)
WHERE capability.id IN $candidateCapabilityIds
WITH DISTINCT company
WHERE NOT company.id IN $excludedIds
WITH company,
     size([need IN $mandatoryCapabilities WHERE NOT EXISTS {
       MATCH (company)-[claim:HAS_CAPABILITY]->(held:Capability)
       WHERE held.id IN need.capabilityIds AND claim.level >= need.minLevel
     }])
     + size([need IN $mandatoryCertifications WHERE NOT EXISTS {
       MATCH (company)-[held:HOLDS]->(certification:Certification)
       WHERE certification.id IN need.certificationIds
         AND (held.validUntil IS NULL OR toString(held.validUntil) >= $validOn)
         AND coalesce(held.evidenceLevel, 'SELF_DECLARED') IN need.evidenceLevels
     }])
     + CASE WHEN $acceptedClearances IS NULL
              OR (coalesce(company.securityClearance, 'NONE') IN $acceptedClearances
                  AND coalesce(company.clearanceStatus, 'CONFIRMED') = 'CONFIRMED')
            THEN 0 ELSE 1 END AS gaps
WITH gaps, count(*) AS companies, collect(company.id) AS ids
ORDER BY gaps
WITH collect({gaps: gaps, companies: companies, ids: ids}) AS groups
WITH groups, $matchesWanted - coalesce([group IN groups WHERE group.gaps = 0 | group.companies][0], 0) AS nearMissesWanted
// Near misses rank by fewest gaps first: the best ones wanted lie in the groups up to the one where they are reached.
WITH groups, CASE WHEN nearMissesWanted <= 0 THEN 0 ELSE coalesce(
       [i IN range(0, size(groups) - 1)
        WHERE reduce(seen = 0, group IN groups[0..i + 1] | seen + CASE WHEN group.gaps > 0 THEN group.companies ELSE 0 END) >= nearMissesWanted
        | groups[i].gaps][0],
       last(groups).gaps) END AS maxGaps
UNWIND groups AS group
RETURN group.gaps AS gaps, group.companies AS companies, CASE WHEN group.gaps <= maxGaps THEN group.ids ELSE [] END AS ids
ORDER BY gaps
