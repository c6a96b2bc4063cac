import type { search as de } from '../de/search';

export const search: typeof de = {
  title: '',
};
