/** Texts of the fit pages. */
export const fit = {
  title: '',
};
