/**
 * Ids are stable keys chosen by whoever imports the data: letters, digits and dashes. They are case-insensitive:
 * stored lower-case, and accepted in any case on input, on lookup and in imported files, which all pass them
 * through `normaliseId` before anything checks or uses them.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const ID_MESSAGE = 'must be 1 to 80 letters, digits or dashes, starting with a letter or digit (any case: ids are stored lower-case)';

/** The stored form of an id: lower-case. */
export function normaliseId(id: string): string {
  return id.toLowerCase();
}

/** The rule as the schema's descriptions state it on the fields that name an entry's own id. */
export const ID_DESCRIPTION = 'Letters, digits and dashes (1 to 80); case-insensitive: stored lower-case, accepted in any case on input and lookup';
