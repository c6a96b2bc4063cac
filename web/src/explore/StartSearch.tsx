import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';

import { Empty, ErrorState, Loading } from '../components/states';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { NodeKey } from './node-keys';

const StartSearchQuery = graphql(`
  query ExploreStart($text: String!) {
    search(text: $text, first: 8) {
      node {
        __typename
        ... on Company { id name city }
        ... on Capability { id name nameDe }
      }
    }
    programs { id name }
  }
`);

/** Finds a starting point: companies and capabilities through the search, programs by name. */
export function StartSearch({ onStart }: { onStart(key: NodeKey): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setText(draft.trim());
  };
  return (
    <section className="card explore-start">
      <form role="search" onSubmit={submit}>
        <label htmlFor="explore-start-text">{t.explore.startLabel}</label>
        <div className="toolbar">
          <input id="explore-start-text" type="search" value={draft} placeholder={t.explore.startPlaceholder}
            onChange={(event) => setDraft(event.target.value)} autoComplete="off" />
          <button type="submit" className="primary">{t.explore.search}</button>
        </div>
      </form>
      {text !== '' && <StartHits text={text} onStart={(key) => { setText(''); setDraft(''); onStart(key); }} />}
    </section>
  );
}

function StartHits({ text, onStart }: { text: string; onStart(key: NodeKey): void }) {
  const { t, capName } = useI18n();
  const [result] = useQuery({ query: StartSearchQuery, variables: { text } });
  if (result.error) return <ErrorState error={result.error} />;
  if (!result.data) return <Loading />;
  const needle = text.toLocaleLowerCase();
  const hits = [
    ...result.data.search.flatMap(({ node }) => node.__typename === 'Company'
      ? [{ key: { label: 'Company', id: node.id }, name: node.name, kind: t.explore.kinds.Company }]
      : node.__typename === 'Capability' ? [{ key: { label: 'Capability', id: node.id }, name: capName(node), kind: t.explore.kinds.Capability }] : []),
    ...result.data.programs.filter((program) => program.name.toLocaleLowerCase().includes(needle))
      .map((program) => ({ key: { label: 'Program', id: program.id }, name: program.name, kind: t.explore.kinds.Program })),
  ];
  if (hits.length === 0) return <Empty>{t.explore.noHits(text)}</Empty>;
  return (
    <ul className="explore-hits" aria-label={t.explore.hits}>
      {hits.map((hit) => (
        <li key={`${hit.key.label}:${hit.key.id}`}>
          <button type="button" className="link-button" aria-label={t.explore.startFrom(hit.name)} onClick={() => onStart(hit.key)}>{hit.name}</button>
          <span className="muted small"> · {hit.kind}</span>
        </li>
      ))}
    </ul>
  );
}
