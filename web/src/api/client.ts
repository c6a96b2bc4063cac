import { Client, CombinedError, cacheExchange, fetchExchange } from 'urql';

const KEY_STORAGE = 'tiergraph.apiKey';

/** The API key the user pasted at sign-in, kept in this browser only. */
export const apiKeyStore = {
  get: (): string | null => localStorage.getItem(KEY_STORAGE),
  set: (key: string) => localStorage.setItem(KEY_STORAGE, key),
  clear: () => localStorage.removeItem(KEY_STORAGE),
};

/** A GraphQL client that sends the stored API key with every request. */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => {
      const key = apiKeyStore.get();
      const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
      return { headers };
    },
  });
}

export type ApiFailure = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAVAILABLE' | 'BAD_USER_INPUT' | 'OTHER';

/** What went wrong with a request, in the terms the pages show. */
export function failureOf(error: CombinedError): ApiFailure {
  const status = (error.response as Response | undefined)?.status;
  if (status === 401) return 'UNAUTHENTICATED';
  if (error.networkError && (status === undefined || status >= 500)) return 'UNAVAILABLE';
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'UNAVAILABLE' || code === 'BAD_USER_INPUT') return code;
  if (code === 'UNAUTHENTICATED') return 'UNAUTHENTICATED';
  return status && status >= 500 ? 'UNAVAILABLE' : 'OTHER';
}

/** The messages of a refused write by the field they name (`certifications[1].validUntil`). */
export type FieldProblems = Record<string, string>;

// A value a scalar rejects never reaches the resolver: GraphQL names the variable path in its message.
const COERCION = /got invalid value .* at "([^"]+)"; (.*)$/;

/**
 * Every field the API named in its refusal: `extensions.field`, each of `extensions.problems` of a validation
 * error, and the path of a variable GraphQL could not coerce (the variables are named like the arguments).
 */
export function fieldProblems(error: CombinedError | undefined): FieldProblems {
  const problems: FieldProblems = {};
  for (const e of error?.graphQLErrors ?? []) {
    const field = e.extensions?.field;
    if (typeof field === 'string') problems[field] = e.message;
    const listed = e.extensions?.problems;
    if (Array.isArray(listed)) {
      for (const p of listed as { field: string; message: string }[]) problems[p.field] = p.message;
    }
    const coercion = COERCION.exec(e.message);
    if (coercion) problems[coercion[1]] = coercion[2];
  }
  return problems;
}
