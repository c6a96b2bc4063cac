import type { fit as de } from '../de/fit';

export const fit: typeof de = {
  title: '',
};
