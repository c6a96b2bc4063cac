// Takes the write lock on a company for the rest of the transaction (setting and removing a marker property),
// so that concurrent starts of a self-assessment check for an open one one after another. Returns the id, no
// row when there is no such company.
MATCH (company:Company {id: $companyId})
SET company._readinessLock = true
REMOVE company._readinessLock
RETURN company.id AS companyId
