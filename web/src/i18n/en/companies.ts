import type { companies as de } from '../de/companies';

export const companies: typeof de = {
  title: '',
};
