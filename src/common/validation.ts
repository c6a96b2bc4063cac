import { validate, ValidationError } from 'class-validator';

import { InputProblem, InvalidInputError } from './errors';

/** Flattens class-validator errors into `field.path: message` pairs. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): InputProblem[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Checks an input object against the class-validator rules of its class, the same rules GraphQL applies to
 * its arguments, and returns it; throws InvalidInputError naming every field that breaks one.
 */
export async function validated<T extends object>(input: T): Promise<T> {
  const errors = await validate(input, { forbidUnknownValues: false });
  if (errors.length > 0) throw new InvalidInputError(flattenValidationErrors(errors));
  return input;
}
