/** Texts of the chains pages. */
export const chains = {
  title: '',
};
