import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Driver } from 'neo4j-driver';

import { formatProgress, ProgressStream, startProgress } from '../src/cli/progress';
import { PROJECT_ROOT } from '../src/common/paths';
import { createDriver } from '../src/db/driver';

interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a compiled command as a user would (stderr is a pipe, not a terminal), against the test run's Neo4j. */
function runCommand(script: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CommandRun> {
  const childEnv = { ...process.env, NEO4J_URI: process.env.TIERGRAPH_TEST_NEO4J_URI, API_KEYS_FILE: undefined, ...env };
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(PROJECT_ROOT, 'dist', script), ...args], { cwd: PROJECT_ROOT, env: childEnv }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const cli = (name: string, ...args: string[]) => runCommand(`src/cli/${name}.js`, args);

/** What a failed call must look like: one line naming the problem, no stack trace. */
function expectOneLineError(run: CommandRun, named: string): void {
  expect(run.code).not.toBe(0);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(named);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  // The commands run compiled, as `npm run …` runs them; build so that this suite alone tests the current code.
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT });
}, 180000);

describe('--help of every command', () => {
  it.each([
    ['migrate', 'constraints and indexes', []],
    ['seed', 'demo data', []],
    ['neo4j', 'local Neo4j', []],
    ['emit-schema', 'schema.graphql', []],
    ['import', 'CSV or XLSX', ['<file>', '--kind <kind>', 'companies', 'supply-roles', '--dry-run', '--skip-invalid']],
    ['export-graph', 'JSON lines', ['<file>', '--network <id>']],
    ['import-graph', 'empty database', ['<file>']],
    ['api-key', 'API_KEYS_FILE', ['staff <name>', 'company <companyId> <name>']],
  ])('%s --help says what it does (%s) and names its arguments and options', async (name, purpose, named) => {
    const run = await cli(name, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: npm run ${name === 'emit-schema' ? 'schema:emit' : name} --`);
    expect(run.stdout).toContain(purpose);
    for (const word of named) expect(run.stdout).toContain(word);
  });

  it('bench --help names --rows and its environment variable BENCH_ROWS', async () => {
    const run = await runCommand('bench/bench.js', ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--rows <count>');
    expect(run.stdout).toContain('BENCH_ROWS');
  });
});

describe('a wrong or missing argument', () => {
  it('import without a file names the missing argument', async () => {
    expectOneLineError(await cli('import', '--kind', 'companies'), "missing required argument 'file'");
  });

  it('import without --kind names the required option', async () => {
    expectOneLineError(await cli('import', 'firmen.csv'), "required option '--kind <kind>' not specified");
  });

  it('import with an unknown --kind names it and the kinds there are', async () => {
    const run = await cli('import', 'firmen.csv', '--kind', 'firms');
    expectOneLineError(run, "argument 'firms' is invalid");
    expect(run.stderr).toContain('companies, capabilities, certificates, supply-links, supply-roles');
  });

  it('export-graph with --network but no id names the option', async () => {
    expectOneLineError(await cli('export-graph', 'graph.jsonl', '--network'), "option '--network <id>' argument missing");
  });

  it('import-graph of a file that is not there names the file', async () => {
    expectOneLineError(await cli('import-graph', 'no-such-export.jsonl'), 'no-such-export.jsonl');
  });

  it('api-key company without a name names the missing argument', async () => {
    expectOneLineError(await cli('api-key', 'company', 'sme-hagener-keramik'), "missing required argument 'name'");
  });

  it('api-key without API_KEYS_FILE says to set it', async () => {
    expectOneLineError(await cli('api-key', 'staff', 'Geschäftsstelle'), 'API_KEYS_FILE is not set');
  });

  it('migrate with an argument it does not take refuses it', async () => {
    expectOneLineError(await cli('migrate', 'now'), 'too many arguments');
  });

  it('bench with BENCH_ROWS that is not a number names the variable before starting anything', async () => {
    expectOneLineError(await runCommand('bench/bench.js', [], { BENCH_ROWS: 'many' }), "value 'many' from env 'BENCH_ROWS' is invalid");
  });
});

describe('commands end to end', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createDriver(process.env.TIERGRAPH_TEST_NEO4J_URI!, 'neo4j', 'unused');
    // The template's company lies in the Kreis 'hagen'; the region is made here only if no earlier suite left it.
    await driver.executeQuery("MERGE (region:Region {id: 'hagen'}) ON CREATE SET region.name = 'Hagen', region.kind = 'kreisfreie Stadt', region.madeByCliTest = true");
  });

  afterAll(async () => {
    await driver.executeQuery("MATCH (region:Region {id: 'hagen', madeByCliTest: true}) DETACH DELETE region");
    await driver.close();
  });

  it('import --dry-run of the companies template prints its report and writes nothing, with no progress noise on a pipe', async () => {
    const run = await cli('import', 'seed/templates/firmen.csv', '--kind', 'companies', '--dry-run');
    expect(run).toEqual({
      code: 0,
      stdout: "seed/templates/firmen.csv: 1 rows (utf-8, ';'), 1 valid, 0 problems\nDry run: nothing written.\n",
      stderr: '',
    });
    const { records } = await driver.executeQuery("MATCH (company:Company {id: 'sme-beispiel-praezision'}) RETURN count(company) AS companies");
    expect(records[0].get('companies')).toBe(0);
  });

  it('import writes under the batch timeout (STARTUP_QUERY_TIMEOUT_MS), not the one of a request (QUERY_TIMEOUT_MS)', async () => {
    try {
      const run = await runCommand('src/cli/import.js', ['seed/templates/firmen.csv', '--kind', 'companies'], { QUERY_TIMEOUT_MS: '1' });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const { records } = await driver.executeQuery("MATCH (company:Company {id: 'sme-beispiel-praezision'}) RETURN company.nameSort AS nameSort");
      expect(records.map((record) => record.get('nameSort'))).toEqual(['beispiel präzision gmbh']);
    } finally {
      await driver.executeQuery("MATCH (company:Company {id: 'sme-beispiel-praezision'}) DETACH DELETE company");
    }
  });

  it('api-key company stores only the SHA-256 of the key it prints once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-cli-test-'));
    try {
      const file = path.join(dir, 'api-keys.json');
      const run = await runCommand('src/cli/api-key.js', ['company', 'sme-hagener-keramik', 'Hagener Keramik'], { API_KEYS_FILE: file });
      expect(run.code).toBe(0);
      const key = run.stdout.split('\n')[1];
      const stored = readFileSync(file, 'utf8');
      expect(stored).not.toContain(key);
      expect(JSON.parse(stored)).toEqual([
        { sha256: createHash('sha256').update(key, 'utf8').digest('hex'), kind: 'company', name: 'Hagener Keramik', companyId: 'sme-hagener-keramik' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the progress line', () => {
  /** A terminal (or not) that keeps what is written to it, and a clock the test moves. */
  function fakeTerminal(isTTY: boolean) {
    const written: string[] = [];
    const stream: ProgressStream = { isTTY, write: (text) => written.push(text) > 0 };
    let time = 0;
    return { stream, written, now: () => time, advance: (ms: number) => (time += ms) };
  }

  it('reads done of total and the rate since the start', () => {
    expect(formatProgress('firmen.csv', 'rows', 1500, 6000, 2)).toBe('firmen.csv: 1,500/6,000 rows (750 rows/s)');
    expect(formatProgress('graph.jsonl', 'lines', 300, undefined, 0.5)).toBe('graph.jsonl: 300 lines (600 lines/s)');
  });

  it('is redrawn in place on a terminal at most every 100 ms, the last count always, and removed at the end', () => {
    const terminal = fakeTerminal(true);
    const progress = startProgress('firmen.csv', 'rows', terminal.stream, terminal.now);
    terminal.advance(1000);
    progress.update(500, 2000);
    terminal.advance(50);
    progress.update(1000, 2000);
    terminal.advance(950);
    progress.update(2000, 2000);
    progress.finish();
    expect(terminal.written).toEqual([
      '\r\x1b[2Kfirmen.csv: 500/2,000 rows (500 rows/s)',
      '\r\x1b[2Kfirmen.csv: 2,000/2,000 rows (1,000 rows/s)',
      '\r\x1b[2K',
    ]);
  });

  it('writes nothing when the stream is not a terminal (CI, a pipe)', () => {
    const terminal = fakeTerminal(false);
    const progress = startProgress('firmen.csv', 'rows', terminal.stream, terminal.now);
    progress.update(2000, 2000);
    progress.finish();
    expect(terminal.written).toEqual([]);
  });
});

describe('the CLI folder', () => {
  it('is imported by nothing else in src/: the server and the commands share the database code in db/', () => {
    const importers = readdirSync(path.join(PROJECT_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.startsWith(`cli${path.sep}`))
      .filter((file) => /from '(\.\.?\/)+cli\//.test(readFileSync(path.join(PROJECT_ROOT, 'src', file), 'utf8')));
    expect(importers).toEqual([]);
  });
});
