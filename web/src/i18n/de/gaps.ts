/** Texts of the gaps pages. */
export const gaps = {
  title: '',
};
