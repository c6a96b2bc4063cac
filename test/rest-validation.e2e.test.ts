import { SMALL_GRAPH } from './fixtures/small-graph';
import { createTestApp, loadFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;
let http: { base: string; close(): Promise<void> };

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
  http = await serveForTest(t);
});

afterAll(async () => {
  await http.close();
  await t.close();
});

describe('report parameters are checked by the rules GraphQL applies', () => {
  it('answers thinBelow=1 with 400 naming the field, as GraphQL refuses options.thinBelow', async () => {
    const response = await fetch(`${http.base}/reports/capability-gaps.csv?thinBelow=1`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'Invalid input: thinBelow: thinBelow must be at least 2', field: 'thinBelow' },
    });
    const viaGraphql = await t.gql('{ capabilityGaps(options: { thinBelow: 1 }) { gaps { status } } }');
    expect(viaGraphql.errors?.[0]).toMatchObject({
      message: 'Invalid input: options.thinBelow: thinBelow must be at least 2',
      extensions: { code: 'BAD_USER_INPUT', field: 'options.thinBelow' },
    });
  });

  it('answers a closersPerGap that is not a number with 400 naming the field', async () => {
    const response = await fetch(`${http.base}/reports/capability-gaps.json?closersPerGap=many`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('closersPerGap');
  });

  it('answers a scope that does not exist with 404, through the same reference check as GraphQL', async () => {
    const response = await fetch(`${http.base}/reports/capability-gaps.json?region=nowhere`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers an upload without a file with 400 naming the field', async () => {
    const response = await fetch(`${http.base}/imports/companies`, { method: 'POST', body: new FormData() });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'Invalid value for file: send the file as multipart field "file"', field: 'file' },
    });
  });
});
