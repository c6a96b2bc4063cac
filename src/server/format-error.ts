import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ValidationError } from 'class-validator';

import { InvalidInputError } from '../common/errors';
import { logger } from '../common/logger';
import { flattenValidationErrors } from '../common/validation';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'UNAVAILABLE', 'LIMIT_EXCEEDED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Clients see our typed errors and GraphQL's own request errors as they are, validation errors with
 * the fields named, and anything else as a masked internal error, which is logged in full.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const validationErrors = formatted.extensions?.validationErrors as ValidationError[] | undefined;
  if (code === 'BAD_USER_INPUT' && Array.isArray(validationErrors)) {
    const invalid = new InvalidInputError(flattenValidationErrors(validationErrors));
    return { ...formatted, message: invalid.message, extensions: invalid.extensions };
  }
  if (code && CLIENT_CODES.has(code)) return formatted;
  logger().error({ err: unwrapResolverError(error) }, 'Internal error');
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
