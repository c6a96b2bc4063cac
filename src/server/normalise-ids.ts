import { getNullableType, GraphQLInputType, isInputObjectType, isListType, isScalarType } from 'graphql';
import { MiddlewareFn } from 'type-graphql';

import { normaliseId } from '../common/ids';

/** The value with every `ID` inside it (in lists and input objects too) in its stored form. */
function normaliseIdsIn(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isScalarType(nullable)) return nullable.name === 'ID' && typeof value === 'string' ? normaliseId(value) : value;
  if (isListType(nullable)) return Array.isArray(value) ? value.map((item) => normaliseIdsIn(nullable.ofType, item)) : value;
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) if (fields[key]) object[key] = normaliseIdsIn(fields[key].type, object[key]);
  }
  return value;
}

/**
 * Ids are case-insensitive (src/common/ids.ts): every argument of type `ID`, and every `ID` field of an input, is
 * put in its stored form before validation and before the resolver sees it, so `company(id: "ZZ-A")` finds `zz-a`.
 */
export const normaliseIdArguments: MiddlewareFn = ({ args, info }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  for (const argument of field.args) {
    if (argument.name in args) args[argument.name] = normaliseIdsIn(argument.type, args[argument.name]);
  }
  return next();
};
