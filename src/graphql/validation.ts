import { validate, ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/**
 * Validates a list argument item by item, so that errors name the argument and the index
 * (`capabilities[1].level`) rather than only the property.
 */
export function validateListArg(name: string) {
  return async (value: unknown): Promise<void> => {
    if (!Array.isArray(value)) return;
    const items: ValidationError[] = [];
    for (const [index, item] of value.entries()) {
      const errors = await validate(item as object, { skipMissingProperties: true, forbidUnknownValues: false });
      if (errors.length > 0) items.push(Object.assign(new ValidationError(), { property: String(index), children: errors }));
    }
    if (items.length > 0) throw new ArgumentValidationError([Object.assign(new ValidationError(), { property: name, children: items })]);
  };
}
