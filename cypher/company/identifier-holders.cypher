// The companies holding the given identifiers ($identifiers: [{property, value}], property one of ncageCode,
// vatId, dunsNumber, handelsregisterKey, value in its stored form): one row per identifier and holder.
UNWIND $identifiers AS identifier
CALL (identifier) {
  MATCH (c:Company {ncageCode: identifier.value}) WHERE identifier.property = 'ncageCode' RETURN c
  UNION
  MATCH (c:Company {vatId: identifier.value}) WHERE identifier.property = 'vatId' RETURN c
  UNION
  MATCH (c:Company {dunsNumber: identifier.value}) WHERE identifier.property = 'dunsNumber' RETURN c
  UNION
  MATCH (c:Company {handelsregisterKey: identifier.value}) WHERE identifier.property = 'handelsregisterKey' RETURN c
}
RETURN identifier.property AS property, identifier.value AS value, c.id AS companyId, c.name AS companyName
ORDER BY property, companyId
