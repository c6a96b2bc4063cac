import { ReactNode } from 'react';
import { NavLink, Link } from 'react-router-dom';

import { useSession } from '../auth/session';
import { Locale, useI18n } from '../i18n';

/** The frame of every page: skip link, header with navigation, language and caller, the open-access notice. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { me, keysConfigured, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">{t.common.skipToContent}</a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-name">{t.common.appName}</span>
          <span className="brand-tagline">{t.common.tagline}</span>
        </Link>
        <nav aria-label={t.common.nav.label}>
          <NavLink to="/" end>{t.common.nav.search}</NavLink>
          <NavLink to="/gaps">{t.common.nav.gaps}</NavLink>
          <NavLink to="/chains">{t.common.nav.chains}</NavLink>
          <NavLink to="/concentration">{t.common.nav.concentration}</NavLink>
          <NavLink to="/map">{t.common.nav.map}</NavLink>
          {me.isStaff && (
            <>
              <NavLink to="/readiness">{t.common.nav.readiness}</NavLink>
              <NavLink to="/analyses">{t.common.nav.analyses}</NavLink>
              <NavLink to="/imports">{t.common.nav.imports}</NavLink>
              <NavLink to="/confirmations">{t.common.nav.confirmations}</NavLink>
            </>
          )}
          {me.mayRunCypher && <NavLink to="/explore">{t.common.nav.explore}</NavLink>}
          {me.mayRunCypher && <NavLink to="/query">{t.common.nav.query}</NavLink>}
        </nav>
        <div className="header-tools">
          <label className="locale-switch">
            <span className="visually-hidden">{t.common.language.label}</span>
            <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
              <option value="de">{t.common.language.de}</option>
              <option value="en">{t.common.language.en}</option>
            </select>
          </label>
          {keysConfigured && (
            <span className="caller">
              <span>{t.common.access.signedInAs(me.company?.name ?? me.name ?? '')}</span>
              <span className="caller-kind">{me.isStaff ? t.common.access.staff : t.common.access.company}</span>
              <button type="button" className="link-button" onClick={signOut}>{t.common.access.signOut}</button>
            </span>
          )}
        </div>
      </header>
      {!keysConfigured && <p className="access-notice" role="note">{t.common.access.open}</p>}
      <main id="main" tabIndex={-1}>{children}</main>
      <footer className="app-footer">
        <a href="/graphql">{t.common.nav.graphiql}</a>
      </footer>
    </>
  );
}
