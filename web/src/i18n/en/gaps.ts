import type { gaps as de } from '../de/gaps';

export const gaps: typeof de = {
  title: '',
};
