import { FormEvent, useEffect, useState } from 'react';

import { useI18n } from '../i18n';

/** The search field; the text goes into the URL (`?q=`) when submitted. */
export function SearchBox({ text, onSearch }: { text: string; onSearch(text: string): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="search-text" className="visually-hidden">{t.search.searchLabel}</label>
      <input id="search-text" type="search" value={draft} placeholder={t.search.searchPlaceholder}
        onChange={(e) => setDraft(e.target.value)} autoComplete="off" aria-describedby="search-hint" />
      <button type="submit" className="primary">{t.search.searchButton}</button>
      {text && <button type="button" onClick={() => onSearch('')}>{t.search.clearSearch}</button>}
      <p id="search-hint" className="small muted search-hint">{t.search.searchHint}</p>
    </form>
  );
}
