import { UseQueryState } from 'urql';

import { Empty, QueryState } from '../components/states';
import { ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import type { GraphModelQuery } from './QueryPage';

type Model = ResultOf<typeof GraphModelQuery>;

/** Labels and relationship types with their counts: what there is to ask about. */
export function GraphModelPanel({ result }: { result: UseQueryState<Model> }) {
  const { t, fmt } = useI18n();
  return (
    <section className="card query-model" aria-labelledby="query-model">
      <h2 id="query-model">{t.query.model}</h2>
      <QueryState result={result}>
        {({ graphModel }) => graphModel.labels.length === 0 ? <Empty>{t.query.noModel}</Empty> : (
          <div className="grid-2-even">
            {([['labels', graphModel.labels, ':'], ['relationshipTypes', graphModel.relationshipTypes, ':']] as const).map(([key, entries, prefix]) => (
              <div key={key}>
                <h3>{t.query[key]}</h3>
                <ul className="query-model-list">
                  {entries.map((entry) => (
                    <li key={entry.name}>
                      <code>{key === 'relationshipTypes' ? `[${prefix}${entry.name}]` : `(${prefix}${entry.name})`}</code>
                      <span className="num">{fmt.number(entry.count)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </QueryState>
    </section>
  );
}
