#!/usr/bin/env node
// Generates test/graphql-env.d.ts (the schema types gql.tada gives the tests' operations) from schema.graphql.
// The file is committed so that ts-jest can type-check the suites without a build step; with --fail-if-stale
// the run fails when the committed file did not match schema.graphql (it is regenerated all the same).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const output = path.join(root, 'test', 'graphql-env.d.ts');
const failIfStale = process.argv.includes('--fail-if-stale');

const read = () => (existsSync(output) ? readFileSync(output, 'utf8') : null);
const before = read();
execFileSync(path.join(root, 'node_modules', '.bin', 'gql.tada'), ['generate', 'output', '--tsconfig', 'tsconfig.json'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (failIfStale && read() !== before) {
  console.error('test/graphql-env.d.ts did not match schema.graphql; it is regenerated now: commit it.');
  process.exit(1);
}
