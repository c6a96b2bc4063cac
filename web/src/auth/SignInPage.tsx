import { FormEvent, useState } from 'react';

import { useI18n } from '../i18n';

export function SignInPage({ onSignIn, rejected }: { onSignIn(key: string): void; rejected: boolean }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) onSignIn(key);
  };
  return (
    <main className="signin" id="main">
      <h1>{t.common.appName}</h1>
      <h2>{t.common.access.signInTitle}</h2>
      <p>{t.common.access.signInIntro}</p>
      <form onSubmit={submit}>
        <label htmlFor="api-key">{t.common.access.keyLabel}</label>
        <input id="api-key" type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)}
          aria-invalid={rejected || undefined} aria-describedby={rejected ? 'api-key-error' : undefined} />
        {rejected && <p className="field-error" id="api-key-error" role="alert">{t.common.access.keyRejected}</p>}
        <button type="submit" className="primary">{t.common.access.signIn}</button>
      </form>
    </main>
  );
}
