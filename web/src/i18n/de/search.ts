/** Texts of the search pages. */
export const search = {
  title: '',
};
