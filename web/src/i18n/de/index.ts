import { chains } from './chains';
import { common } from './common';
import { companies } from './companies';
import { fit } from './fit';
import { gaps } from './gaps';
import { roles } from './roles';
import { explore } from './explore';
import { query } from './query';
import { search } from './search';

/** The German message catalogue, one namespace per page folder; the English one must have the same shape. */
export const de = { common, search, companies, fit, roles, gaps, chains, query, explore };
export type Messages = typeof de;
