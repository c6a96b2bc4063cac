import { existsSync } from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The repository root, whether running from src/ (ts-jest) or from dist/src/ (compiled). */
export const PROJECT_ROOT = findProjectRoot(__dirname);
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');
export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'tools', 'neo4j-launcher');
