import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import { PROJECT_ROOT } from '../src/common/paths';
import { loadCypherLibrary } from '../src/db/cypher';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { createContainer } from '../src/server/container';
import { RESOLVERS } from '../src/server/schema';

const SRC = path.join(PROJECT_ROOT, 'src');

/** What the CLI takes from the server: the schema, which `schema:emit` prints without building the app. */
const CLI_IMPORTS_FROM_SERVER = ['cli/emit-schema.ts -> server/schema.ts'];

/** Below the features: what src/common and src/db may import besides each other. */
const BELOW_FEATURES = ['common', 'db', 'config.ts'];

/** The folder of a path inside src/ (`company`), or the file itself for a top-level file (`config.ts`). */
const topOf = (file: string) => file.split('/')[0];

/** The dependency rule: why importing `to` from `from` (both relative to src/) is not allowed, or null when it is. */
function brokenRule(from: string, to: string): string | null {
  const source = topOf(from);
  const target = topOf(to);
  if (target === 'server' && source !== 'server' && !CLI_IMPORTS_FROM_SERVER.includes(`${from} -> ${to}`)) {
    return 'only src/server composes the application: nothing else imports from it';
  }
  if (target === 'cli' && source !== 'cli') return 'src/cli is an entry point: only src/cli imports from it';
  if ((source === 'common' || source === 'db') && !BELOW_FEATURES.includes(target)) return `src/${source} imports from no feature`;
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** The module a relative import names, relative to src/ (`server/context.ts`). */
function resolveImport(file: string, specifier: string): string {
  const target = path.resolve(path.dirname(file), specifier);
  const candidates = [`${target}.ts`, path.join(target, 'index.ts'), target];
  return path.relative(SRC, candidates.find((candidate) => existsSync(candidate)) ?? target).split(path.sep).join('/');
}

/** Every relative import (and re-export, dynamic import, require) of every file in src/, as `from` and `to` inside src/. */
function importsInSrc(): { from: string; to: string; specifier: string }[] {
  return sourceFiles(SRC).flatMap((file) => {
    const from = path.relative(SRC, file).split(path.sep).join('/');
    return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => ({ from, to: resolveImport(file, fileName), specifier: fileName }));
  });
}

describe('the dependency rule of src/', () => {
  const imports = importsInSrc();

  it('reads the imports of every source file', () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(imports).toContainEqual({ from: 'server/app.ts', to: 'server/container.ts', specifier: './container' });
  });

  it('holds for every import in src/', () => {
    const broken = imports.flatMap(({ from, to, specifier }) => {
      const rule = brokenRule(from, to);
      return rule ? [`src/${from} imports '${specifier}': ${rule}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('refuses a feature importing the server, common or db importing a feature, and anything outside the CLI importing it', () => {
    expect(brokenRule('company/company.resolver.ts', 'server/context.ts')).toMatch(/only src\/server/);
    expect(brokenRule('common/loaders.ts', 'company/company.type.ts')).toBe('src/common imports from no feature');
    expect(brokenRule('db/references.ts', 'import/import-references.ts')).toBe('src/db imports from no feature');
    expect(brokenRule('server/main.ts', 'cli/bootstrap.ts')).toMatch(/only src\/cli/);
    expect(brokenRule('cli/seed.ts', 'server/app.ts')).toMatch(/only src\/server/);
  });

  it('allows the server to import features, features each other and the layers below, and schema:emit the schema', () => {
    expect(brokenRule('server/app.ts', 'company/company.service.ts')).toBeNull();
    expect(brokenRule('matching/matching.resolver.ts', 'company/company.type.ts')).toBeNull();
    expect(brokenRule('company/company.loaders.ts', 'common/loaders.ts')).toBeNull();
    expect(brokenRule('db/connect.ts', 'config.ts')).toBeNull();
    expect(brokenRule('cli/emit-schema.ts', 'server/schema.ts')).toBeNull();
  });
});

describe('the container', () => {
  // Building the container runs no query, so the driver never connects to this address.
  const driver = createDriver('bolt://127.0.0.1:1', 'neo4j', 'unused');
  const container = createContainer(new Executor(driver, loadCypherLibrary(), { timeoutMs: 1000 }));
  afterAll(() => driver.close());

  it('gives one instance of every resolver class of the schema', () => {
    for (const resolverClass of RESOLVERS) {
      const resolver = container.get(resolverClass);
      expect(resolver).toBeInstanceOf(resolverClass);
      expect(container.get(resolverClass)).toBe(resolver);
    }
  });

  it('refuses a resolver class that takes services it was not built with, naming it', () => {
    class ForgottenResolver {
      constructor(readonly service: object) {}
    }
    expect(() => container.get(ForgottenResolver)).toThrow('The container does not build ForgottenResolver');
  });
});
