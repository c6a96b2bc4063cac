import neo4j, { Driver } from 'neo4j-driver';

/** A driver that hands back plain JavaScript numbers for integers (counts, levels, years all fit). */
export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30000,
    userAgent: 'tiergraph',
  });
}
