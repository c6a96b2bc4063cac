/** Ids are stable keys chosen by whoever imports the data: lower-case letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const ID_MESSAGE = 'must be 1 to 80 lower-case letters, digits or dashes';
