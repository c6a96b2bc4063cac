import { validate, ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

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
        const errors = await validate(item as object, OPTIONS);
        if (errors.length > 0) children.push(Object.assign(new ValidationError(), { property: String(index), children: errors }));
      }
    } else {
      children = await validate(value, OPTIONS);
    }
    if (children.length > 0) throw new ArgumentValidationError([Object.assign(new ValidationError(), { property: name, children })]);
  };
}
