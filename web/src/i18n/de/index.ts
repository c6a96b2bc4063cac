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

/** The German message catalogue, one namespace per page folder; the English one must have the same shape. */
export const de = { common, search, companies, fit, roles, gaps, chains, readiness, imports, analyses, map, concentration, roleEditor, query, explore, confirmations };
export type Messages = typeof de;
