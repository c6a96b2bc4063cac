import type { Messages } from '../de';
import { analyses } from './analyses';
import { chains } from './chains';
import { common } from './common';
import { companies } from './companies';
import { concentration } from './concentration';
import { confirmations } from './confirmations';
import { explore } from './explore';
import { fit } from './fit';
import { gaps } from './gaps';
import { imports } from './imports';
import { map } from './map';
import { query } from './query';
import { readiness } from './readiness';
import { roleEditor } from './roleEditor';
import { roles } from './roles';
import { search } from './search';

export const en: Messages = { common, search, companies, fit, roles, gaps, chains, readiness, imports, analyses, map, concentration, roleEditor, query, explore, confirmations };
