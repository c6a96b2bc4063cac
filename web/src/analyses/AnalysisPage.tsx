import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { useSession } from '../auth/session';
import { Forbidden, NotFound, QueryState } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { AnalysisDownloads } from './AnalysisDownloads';
import { AnalysisResult } from './AnalysisResult';
import { ParameterDef, parametersFromUrl, parseParameter, ParameterProblem } from './parameters';
import { analysisTexts } from './texts';
import './analyses.css';

const AnalysisQuery = graphql(`
  query SavedAnalysis {
    savedAnalyses { name title description parameters { name type required defaultValue min max description } }
    networks { id name }
    primes { id name }
  }
`);

const RunQuery = graphql(`
  query RunAnalysis($name: String!, $parameters: JSONObject) {
    runAnalysis(name: $name, parameters: $parameters) { columns rows rowCount parameters }
  }
`);

/** One saved analysis: a form from its declared parameters, the result as a sortable table with a chart, downloads. */
export default function AnalysisPage() {
  const { me } = useSession();
  const { name = '' } = useParams();
  const [result, retry] = useQuery({ query: AnalysisQuery, pause: !me.isStaff });
  if (!me.isStaff) return <Forbidden />;
  return (
    <QueryState result={result} onRetry={() => retry({ requestPolicy: 'network-only' })}>
      {(data) => {
        const analysis = data.savedAnalyses.find((a) => a.name === name);
        if (!analysis) return <NotFound />;
        return <Analysis analysis={analysis} choices={{ networkId: data.networks, primeId: data.primes }} />;
      }}
    </QueryState>
  );
}

type Choices = Record<string, readonly { id: string; name: string }[]>;

function Analysis({ analysis, choices }: {
  analysis: { name: string; title: string; description: string; parameters: readonly ParameterDef[] };
  choices: Choices;
}) {
  const { t } = useI18n();
  const [params, update] = useUrlParams();
  const texts = analysisTexts(t, analysis);
  const submitted = params.get('run') === '1';
  const values = submitted ? parametersFromUrl(analysis.parameters, params) : null;
  const [run, rerun] = useQuery({ query: RunQuery, variables: { name: analysis.name, parameters: values ?? {} }, pause: values === null });
  const urlQuery = new URLSearchParams(
    analysis.parameters.filter((p) => params.get(p.name)).map((p) => [p.name, params.get(p.name)!]),
  );
  return (
    <div className="analyses-page">
      <div className="page-head">
        <div>
          <p className="kicker"><Link to="/analyses">{t.analyses.title}</Link></p>
          <h1>{texts.title}</h1>
          <p className="muted">{texts.description}</p>
        </div>
        {values && run.data && (
          <div className="toolbar no-print">
            <AnalysisDownloads name={analysis.name} query={urlQuery} />
            <button type="button" onClick={() => window.print()}>{t.common.actions.print}</button>
          </div>
        )}
      </div>
      <ParameterForm parameters={analysis.parameters} choices={choices} params={params}
        onRun={(changes) => update({ ...changes, run: '1', sort: null, dir: null })} />
      {values && (
        <QueryState result={run} onRetry={() => rerun({ requestPolicy: 'network-only' })}>
          {({ runAnalysis }) => <AnalysisResult table={{ columns: runAnalysis.columns, rows: runAnalysis.rows }} />}
        </QueryState>
      )}
    </div>
  );
}

/** A field per declared parameter with its type, default and range; checked as the API checks before it runs. */
function ParameterForm({ parameters, choices, params, onRun }: {
  parameters: readonly ParameterDef[];
  choices: Choices;
  params: URLSearchParams;
  onRun(values: Record<string, string | null>): void;
}) {
  const { t } = useI18n();
  const initial = Object.fromEntries(parameters.map((p) => [p.name, params.get(p.name) ?? (p.defaultValue == null ? '' : String(p.defaultValue))]));
  const [texts, setTexts] = useState<Record<string, string>>(initial);
  const [problems, setProblems] = useState<Record<string, ParameterProblem>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = Object.fromEntries(parameters.flatMap((p) => {
      const problem = parseParameter(p, texts[p.name]).problem;
      return problem ? [[p.name, problem]] : [];
    }));
    setProblems(found);
    if (Object.keys(found).length === 0) onRun(Object.fromEntries(parameters.map((p) => [p.name, texts[p.name].trim() || null])));
  };
  const problemText = (p: ParameterDef, problem: ParameterProblem) => t.analyses.problem[problem](p.min ?? 0, p.max ?? 0);
  return (
    <form className="card parameter-form no-print" onSubmit={submit} aria-label={t.analyses.parameters} noValidate>
      {parameters.length === 0 && <p className="muted">{t.analyses.noParameters}</p>}
      {parameters.map((p) => {
        const id = `param-${p.name}`;
        const label = `${t.analyses.parameterNames[p.name] ?? p.name}${p.required && p.defaultValue == null ? ' *' : ''}`;
        const hint = [t.analyses.parameterDescriptions[p.name] ?? p.description, p.min != null && p.max != null ? t.analyses.range(p.min, p.max) : null]
          .filter(Boolean).join(' · ');
        const set = (value: string) => setTexts({ ...texts, [p.name]: value });
        const described = `${id}-hint${problems[p.name] ? ` ${id}-error` : ''}`;
        return (
          <div key={p.name} className="field">
            <label htmlFor={id}>{label}</label>
            {choices[p.name] ? (
              <select id={id} value={texts[p.name]} onChange={(e) => set(e.target.value)} aria-describedby={described} aria-invalid={Boolean(problems[p.name])}>
                <option value="">{p.required ? t.analyses.choose : t.analyses.all}</option>
                {choices[p.name].map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            ) : p.type === 'Boolean' ? (
              <input id={id} type="checkbox" checked={texts[p.name] === 'true'} onChange={(e) => set(String(e.target.checked))} aria-describedby={described} />
            ) : (
              <input id={id} type={p.type === 'Date' ? 'date' : 'text'} inputMode={p.type === 'Int' ? 'numeric' : undefined}
                value={texts[p.name]} onChange={(e) => set(e.target.value)} aria-describedby={described} aria-invalid={Boolean(problems[p.name])} />
            )}
            <span id={`${id}-hint`} className="small muted">{hint}</span>
            {problems[p.name] && <span id={`${id}-error`} className="field-error">{problemText(p, problems[p.name])}</span>}
          </div>
        );
      })}
      <button type="submit" className="primary">{t.analyses.run}</button>
    </form>
  );
}
