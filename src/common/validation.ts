import { validate, ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

import { BadUserInputError, InputProblem, InvalidInputError } from './errors';

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

/** Throws BAD_USER_INPUT naming the second occurrence of a key that must be unique in a list. */
export function assertUnique<T>(items: T[], key: (item: T) => string, field: (index: number) => string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(key(item))) throw new BadUserInputError(field(index), `'${key(item)}' is listed twice`);
    seen.add(key(item));
  });
}

const NAMED_ARG_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Validates an argument so that errors name the argument, and for lists the index:
 * `options.weights.proximity`, `capabilities[1].level`.
 */
export function validateNamedArg(name: string) {
  return async (value: unknown): Promise<void> => {
    if (value === null || typeof value !== 'object') return;
    let children: ValidationError[];
    if (Array.isArray(value)) {
      children = [];
      for (const [index, item] of value.entries()) {
        const errors = await validate(item as object, NAMED_ARG_OPTIONS);
        if (errors.length > 0) children.push(Object.assign(new ValidationError(), { property: String(index), children: errors }));
      }
    } else {
      children = await validate(value, NAMED_ARG_OPTIONS);
    }
    if (children.length > 0) throw new ArgumentValidationError([Object.assign(new ValidationError(), { property: name, children })]);
  };
}
