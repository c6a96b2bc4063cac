import type { Messages } from '../de';
import { chains } from './chains';
import { common } from './common';
import { companies } from './companies';
import { fit } from './fit';
import { gaps } from './gaps';
import { roles } from './roles';
import { explore } from './explore';
import { query } from './query';
import { search } from './search';

export const en: Messages = { common, search, companies, fit, roles, gaps, chains, query, explore };
