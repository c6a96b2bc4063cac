import type { explore as de } from '../de/explore';

export const explore: typeof de = {
  title: 'Explore the graph',
};
