import { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { CombinedError } from 'urql';

import { failureOf } from '../api/client';
import { useI18n } from '../i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.common.state.loading}
    </div>
  );
}

/** A list with nothing in it, said in words that tell the user what it means. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

function StatePanel({ title, text, action, kind }: { title: string; text: string; action?: ReactNode; kind: string }) {
  return (
    <section className={`state-panel state-${kind}`} role="alert">
      <h1>{title}</h1>
      <p>{text}</p>
      {action}
    </section>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return <StatePanel kind="not-found" title={t.common.state.notFoundTitle} text={t.common.state.notFound}
    action={<Link to="/">{t.common.state.toStart}</Link>} />;
}

export function Forbidden() {
  const { t } = useI18n();
  return <StatePanel kind="forbidden" title={t.common.state.forbiddenTitle} text={t.common.state.forbidden}
    action={<Link to="/">{t.common.state.toStart}</Link>} />;
}

export function ApiDown({ onRetry }: { onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <main id="main" className="state-page">
      <StatePanel kind="api-down" title={t.common.state.apiDownTitle} text={t.common.state.apiDown}
        action={onRetry && <button type="button" onClick={onRetry}>{t.common.state.retry}</button>} />
    </main>
  );
}

/** The state a failed request puts a page in: not found, forbidden, the API down, or the API's message. */
export function ErrorState({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useI18n();
  switch (failureOf(error)) {
    case 'NOT_FOUND':
      return <NotFound />;
    case 'FORBIDDEN':
      return <Forbidden />;
    case 'UNAVAILABLE':
      return <StatePanel kind="api-down" title={t.common.state.apiDownTitle} text={t.common.state.apiDown}
        action={onRetry && <button type="button" onClick={onRetry}>{t.common.state.retry}</button>} />;
    default:
      return <StatePanel kind="error" title={t.common.state.errorTitle} text={error.graphQLErrors[0]?.message ?? error.message}
        action={onRetry && <button type="button" onClick={onRetry}>{t.common.state.retry}</button>} />;
  }
}

interface QueryLike<T> {
  data?: T;
  error?: CombinedError;
  fetching: boolean;
}

/** Renders a query's data, or the state it is in: loading, not found, forbidden, the API down, the API's message. */
export function QueryState<T>({ result, children, onRetry }: { result: QueryLike<T>; children: (data: T) => ReactNode; onRetry?: () => void }) {
  if (result.error) return <ErrorState error={result.error} onRetry={onRetry} />;
  if (result.data === undefined) return <Loading />;
  return <>{children(result.data)}</>;
}
