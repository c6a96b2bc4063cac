import { addApiKey, ApiKeyEntry } from '../auth/api-keys';
import { loadConfig } from '../config';
import { defineCommand, runCommand } from './bootstrap';

/**
 * `npm run api-key`: makes an API key, stores only its SHA-256 in API_KEYS_FILE and prints the key once.
 * Needs no database: keys belong to the installation, not to the graph.
 */
const command = defineCommand('api-key', 'Makes an API key, stores only its SHA-256 in API_KEYS_FILE and prints the key once.')
  .helpCommand(false);

command.command('staff')
  .description('a key for the network\'s staff: may read and write everything')
  .argument('<name>', 'who holds the key, e.g. "Geschäftsstelle"')
  .action((name: string) => storeKey({ kind: 'staff', name: required(name, 'name') }));

command.command('company')
  .description('a key for one company: may read everything and change only its own data')
  .argument('<companyId>', 'the company\'s id, e.g. sme-hagener-keramik')
  .argument('<name>', 'who holds the key, e.g. "Hagener Keramik"')
  .action((companyId: string, name: string) => storeKey({ kind: 'company', companyId: required(companyId, 'companyId'), name: required(name, 'name') }));

function required(value: string, argument: string): string {
  if (!value.trim()) command.error(`error: argument '${argument}' must not be empty`);
  return value.trim();
}

function storeKey(holder: Omit<ApiKeyEntry, 'sha256'>): void {
  const file = loadConfig().apiKeysFile;
  if (!file) return command.error('error: API_KEYS_FILE is not set: set it to the keys file first');
  const key = addApiKey(file, holder);
  console.log(`Key stored in ${file} (as its SHA-256 only). Hand it over now; it cannot be shown again:\n${key}`);
  console.log('Send it as "Authorization: Bearer <key>". Restart the service to load new keys.');
}

runCommand(command);
