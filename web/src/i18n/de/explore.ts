/** Texts of the graph explorer (/explore). */
export const explore = {
  title: 'Graph erkunden',
};
