import type { roles as de } from '../de/roles';

export const roles: typeof de = {
  title: '',
};
