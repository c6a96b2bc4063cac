import type { chains as de } from '../de/chains';

export const chains: typeof de = {
  title: '',
};
