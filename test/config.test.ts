import { loadConfig } from '../src/config';

describe('configuration from the environment', () => {
  it('takes the defaults when nothing is set', () => {
    const config = loadConfig({});
    expect([config.port, config.localNeo4j.port, config.queryTimeoutMs, config.readinessExpiryHours]).toEqual([4000, 7687, 30000, 6]);
  });

  it('reads numbers that are given', () => {
    const config = loadConfig({ PORT: '8080', QUERY_TIMEOUT_MS: '5000', READINESS_EXPIRY_HOURS: '0.5' });
    expect([config.port, config.queryTimeoutMs, config.readinessExpiryHours]).toEqual([8080, 5000, 0.5]);
  });

  it('gives the start its own query timeout, ten minutes unless STARTUP_QUERY_TIMEOUT_MS says otherwise', () => {
    expect([loadConfig({}).startupQueryTimeoutMs, loadConfig({ STARTUP_QUERY_TIMEOUT_MS: '120000' }).startupQueryTimeoutMs]).toEqual([600000, 120000]);
  });

  it('regression: refuses PORT=abc at start, naming the variable; it was read as NaN', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow("PORT must be a whole number from 0 to 65535, not 'abc'");
  });

  it('refuses a port out of range, a fractional timeout and negative hours', () => {
    expect(() => loadConfig({ LOCAL_NEO4J_PORT: '70000' })).toThrow("LOCAL_NEO4J_PORT must be a whole number from 1 to 65535, not '70000'");
    expect(() => loadConfig({ QUERY_TIMEOUT_MS: '1.5' })).toThrow("QUERY_TIMEOUT_MS must be a whole number of at least 1, not '1.5'");
    expect(() => loadConfig({ READINESS_EXPIRY_HOURS: '-1' })).toThrow("READINESS_EXPIRY_HOURS must be a number of at least 0, not '-1'");
  });
});
