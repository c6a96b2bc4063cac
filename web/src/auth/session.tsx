import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { Provider as UrqlProvider, useQuery } from 'urql';

import { apiKeyStore, createApiClient, failureOf } from '../api/client';
import { ApiDown, Loading } from '../components/states';
import { graphql, ResultOf } from '../graphql';
import { SignInPage } from './SignInPage';

export const MeQuery = graphql(`
  query Me {
    me { kind name companyId isStaff mayRunCypher source company { id name } }
  }
`);

export type Me = ResultOf<typeof MeQuery>['me'];

interface Session {
  me: Me;
  /** Where API keys are configured: false means everyone is anonymous and may do everything. */
  keysConfigured: boolean;
  signIn(key: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** The API client and the caller (`me`): the sign-in page when the API wants a key, a clear message when it is down. */
export function SessionProvider({ children }: { children: ReactNode }) {
  // A new client per key, so that nothing cached under one key is shown under another.
  const [keyVersion, setKeyVersion] = useState(0);
  const client = useMemo(() => createApiClient(), [keyVersion]);
  const signIn = useCallback((key: string) => {
    apiKeyStore.set(key.trim());
    setKeyVersion((v) => v + 1);
  }, []);
  const signOut = useCallback(() => {
    apiKeyStore.clear();
    setKeyVersion((v) => v + 1);
  }, []);
  return (
    <UrqlProvider value={client}>
      <CallerGate signIn={signIn} signOut={signOut}>{children}</CallerGate>
    </UrqlProvider>
  );
}

function CallerGate({ children, signIn, signOut }: { children: ReactNode; signIn(key: string): void; signOut(): void }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const session = useMemo<Session | null>(
    () => (data ? { me: data.me, keysConfigured: data.me.kind !== 'ANONYMOUS', signIn, signOut } : null),
    [data, signIn, signOut],
  );
  if (error) {
    const failure = failureOf(error);
    if (failure === 'UNAUTHENTICATED') return <SignInPage onSignIn={signIn} rejected={apiKeyStore.get() !== null} />;
    return <ApiDown onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (fetching || !session) return <Loading />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Whether the caller may change this company's profile, claims and certificates (staff, or its own key). */
export function canEditCompany(me: Me, companyId: string): boolean {
  return me.isStaff || me.companyId === companyId;
}
