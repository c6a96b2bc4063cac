// The graph schema: a uniqueness constraint on every id (each also gives the lookup index), indexes on
// the properties queries start from, full-text indexes with the German analyzer and a point index on
// company locations. Every statement is idempotent; `npm run migrate` and start-up apply them.
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT capability_id IF NOT EXISTS FOR (n:Capability) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT certification_id IF NOT EXISTS FOR (n:Certification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT supply_role_id IF NOT EXISTS FOR (n:SupplyRole) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contact_person_id IF NOT EXISTS FOR (n:ContactPerson) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT supply_link_id IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX company_postal_code IF NOT EXISTS FOR (n:Company) ON (n.postalCode);
CREATE INDEX company_size_class IF NOT EXISTS FOR (n:Company) ON (n.sizeClass);
CREATE INDEX company_is_prime IF NOT EXISTS FOR (n:Company) ON (n.isPrime);
CREATE INDEX supply_role_status IF NOT EXISTS FOR (n:SupplyRole) ON (n.status);
CREATE INDEX supply_role_deadline IF NOT EXISTS FOR (n:SupplyRole) ON (n.deadline);
CREATE INDEX supplies_program IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.programId);
CREATE INDEX holds_valid_until IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.validUntil);
CREATE POINT INDEX company_location IF NOT EXISTS FOR (n:Company) ON (n.location);
CREATE FULLTEXT INDEX company_text IF NOT EXISTS FOR (n:Company) ON EACH [n.name, n.description]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
CREATE FULLTEXT INDEX capability_text IF NOT EXISTS FOR (n:Capability) ON EACH [n.name, n.nameDe, n.description]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
