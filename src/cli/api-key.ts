import { addApiKey } from '../auth/api-keys';
import { loadConfig } from '../config';
import { reportFailure, reportUsage } from './bootstrap';

const USAGE = 'npm run api-key -- staff "<name>"  |  npm run api-key -- company <companyId> "<name>"   (writes to API_KEYS_FILE)';

/**
 * `npm run api-key`: makes an API key, stores only its SHA-256 in API_KEYS_FILE and prints the key once.
 * Needs no database: keys belong to the installation, not to the graph.
 */
function main(args: string[]): void {
  const file = loadConfig().apiKeysFile;
  if (!file) return reportUsage(`${USAGE}\nSet API_KEYS_FILE to the keys file first.`);
  const [kind, ...rest] = args;
  if (kind === 'staff' && rest.length === 1 && rest[0].trim()) {
    print(addApiKey(file, { kind: 'staff', name: rest[0].trim() }), file);
  } else if (kind === 'company' && rest.length === 2 && rest[0].trim() && rest[1].trim()) {
    print(addApiKey(file, { kind: 'company', companyId: rest[0].trim(), name: rest[1].trim() }), file);
  } else {
    reportUsage(USAGE);
  }
}

function print(key: string, file: string): void {
  console.log(`Key stored in ${file} (as its SHA-256 only). Hand it over now; it cannot be shown again:\n${key}`);
  console.log('Send it as "Authorization: Bearer <key>". Restart the service to load new keys.');
}

try {
  main(process.argv.slice(2));
} catch (error) {
  reportFailure(error);
}
