/** Texts of the companies pages. */
export const companies = {
  title: '',
};
