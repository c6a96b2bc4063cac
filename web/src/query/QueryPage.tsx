import { FormEvent, useMemo, useState } from 'react';
import { useQuery } from 'urql';

import { useSession } from '../auth/session';
import { Forbidden } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { CypherEditor, GraphVocabulary } from './CypherEditor';
import { EXAMPLES } from './examples';
import { GraphModelPanel } from './GraphModelPanel';
import { QueryResult } from './QueryResult';
import './query.css';

export const GraphModelQuery = graphql(`
  query GraphModel {
    graphModel { labels { name count } relationshipTypes { name count } propertyKeys }
  }
`);

/** Only callers who may run Cypher see the console; the nav offers it to no one else. */
export default function QueryPage() {
  const { me } = useSession();
  return me.mayRunCypher ? <CypherConsole /> : <Forbidden />;
}

const parseParameters = (text: string): Record<string, unknown> | null => {
  try {
    const parsed: unknown = JSON.parse(text.trim() === '' ? '{}' : text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/**
 * The console: editor and parameters on the left, the graph model beside them, the result below. The query
 * that ran and its parameters live in the URL (`?q=`, `?p=`), so a result can be sent as a link.
 */
function CypherConsole() {
  const { t } = useI18n();
  const [params, setParams] = useUrlParams();
  const ranQuery = params.get('q') ?? '';
  const ranParameters = params.get('p') ?? '{}';
  const [draft, setDraft] = useState(ranQuery);
  const [parameterDraft, setParameterDraft] = useState(ranParameters);
  const [parametersInvalid, setParametersInvalid] = useState(false);
  const [model] = useQuery({ query: GraphModelQuery });
  const vocabulary = useMemo<GraphVocabulary>(() => ({
    labels: model.data?.graphModel.labels.map((entry) => entry.name) ?? [],
    relationshipTypes: model.data?.graphModel.relationshipTypes.map((entry) => entry.name) ?? [],
    propertyKeys: model.data?.graphModel.propertyKeys ?? [],
  }), [model.data]);

  const run = () => {
    if (draft.trim() === '') return;
    const parsed = parseParameters(parameterDraft);
    setParametersInvalid(parsed === null);
    if (parsed !== null) setParams({ q: draft, p: JSON.stringify(parsed) === '{}' ? null : parameterDraft });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run();
  };
  const loadExample = (cypher: string, parameters: string) => {
    setDraft(cypher);
    setParameterDraft(parameters);
    setParametersInvalid(false);
  };

  return (
    <div className="query-page">
      <div className="page-head">
        <div>
          <h1>{t.query.title}</h1>
          <p className="muted">{t.query.intro}</p>
        </div>
      </div>
      <div className="query-layout">
        <form className="card query-form" onSubmit={submit} aria-label={t.query.editorLabel}>
          <h2 className="visually-hidden">{t.query.editorLabel}</h2>
          <CypherEditor value={draft} onChange={setDraft} onRun={run} vocabulary={vocabulary}
            label={t.query.editorLabel} placeholderText="MATCH (c:Company) RETURN c.name LIMIT 10" />
          <p className="muted small">{t.query.editorHint}</p>
          <label htmlFor="query-parameters">{t.query.parameters}</label>
          <input id="query-parameters" className="query-parameters" value={parameterDraft} spellCheck={false}
            aria-invalid={parametersInvalid} aria-describedby="query-parameters-hint"
            onChange={(event) => setParameterDraft(event.target.value)} />
          <p id="query-parameters-hint" className="muted small">{t.query.parametersHint}</p>
          {parametersInvalid && <p className="field-error" role="alert">{t.query.parametersInvalid}</p>}
          <div className="toolbar">
            <button type="submit" className="primary">{t.query.run}</button>
          </div>
        </form>
        <aside className="query-side">
          <section className="card" aria-labelledby="query-examples">
            <h2 id="query-examples">{t.query.examples}</h2>
            <ul className="query-examples">
              {EXAMPLES.map((example) => (
                <li key={example.key}>
                  <button type="button" className="link-button" aria-label={t.query.exampleLoad(t.query.exampleTitles[example.key])}
                    onClick={() => loadExample(example.cypher, example.parameters)}>
                    {t.query.exampleTitles[example.key]}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <GraphModelPanel result={model} />
        </aside>
      </div>
      <QueryResult query={ranQuery} parameters={parseParameters(ranParameters) ?? {}} />
    </div>
  );
}
