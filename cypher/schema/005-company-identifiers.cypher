// External company identifiers: each unique where present (a constraint also gives the lookup index). The
// Handelsregister entry is unique as court, register type and number, folded into handelsregisterKey.
CREATE CONSTRAINT company_ncage_code IF NOT EXISTS FOR (n:Company) REQUIRE n.ncageCode IS UNIQUE;
CREATE CONSTRAINT company_vat_id IF NOT EXISTS FOR (n:Company) REQUIRE n.vatId IS UNIQUE;
CREATE CONSTRAINT company_duns_number IF NOT EXISTS FOR (n:Company) REQUIRE n.dunsNumber IS UNIQUE;
CREATE CONSTRAINT company_handelsregister_key IF NOT EXISTS FOR (n:Company) REQUIRE n.handelsregisterKey IS UNIQUE;
CREATE INDEX company_handelsregister_number IF NOT EXISTS FOR (n:Company) ON (n.handelsregisterNumber);
