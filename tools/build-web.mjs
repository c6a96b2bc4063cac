#!/usr/bin/env node
// Builds the web application when its sources changed since the last build (or with --force):
// generates the schema types for gql.tada, checks every GraphQL document against schema.graphql,
// type-checks, and bundles with Vite into web/dist.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'web');
const stamp = path.join(web, 'dist', '.source-hash');
const force = process.argv.includes('--force');

function files(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    if (name === 'dist' || name === 'node_modules' || name === 'graphql-env.d.ts') return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const hash = createHash('sha256');
for (const file of [...files(web), path.join(root, 'schema.graphql'), path.join(root, 'package-lock.json')]) {
  hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const sourceHash = hash.digest('hex');

if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash) {
  console.log('Web application is up to date (web/dist).');
  process.exit(0);
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
function run(name, args) {
  try {
    execFileSync(bin(name), args, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`Building the web application failed at: ${name} ${args.join(' ')}`);
    process.exit(1);
  }
}
console.log('Building the web application ...');
run('gql.tada', ['generate', 'output', '--tsconfig', 'web/tsconfig.json']);
run('gql.tada', ['check', '--tsconfig', 'web/tsconfig.json', '--fail-on-warn']);
run('tsc', ['-p', 'web/tsconfig.json']);
run('vite', ['build', 'web', '--logLevel', 'warn']);
writeFileSync(stamp, sourceHash);
console.log(`Web application built into web/dist; the first page loads ${firstPageKb()} KB (gzip).`);

/** index.html and the scripts and styles it names (every page's own code is loaded per route). */
function firstPageKb() {
  const dist = path.join(web, 'dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => readFileSync(path.join(dist, m[1])));
  const bytes = [Buffer.from(html), ...assets].reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0);
  return (bytes / 1024).toFixed(1);
}
