import { graphql, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import { Scope, scopeChanges, scopeFromParams, scopeValue, treeOrder } from './scope';

export const ScopeChoicesQuery = graphql(`
  query GapScopeChoices {
    networks { id name parent { id } }
    regions { id name parent { id } }
    programs { id name prime { id name } }
    primes { id name }
  }
`);

export type ScopeChoices = ResultOf<typeof ScopeChoicesQuery>;

/** The name of the chosen scope as the user knows it, once the choices have loaded. */
export function scopeName(scope: Scope, choices: ScopeChoices | undefined): string | undefined {
  const list = { network: choices?.networks, region: choices?.regions, program: choices?.programs, prime: choices?.primes }[scope.kind];
  return list?.find((item) => item.id === scope.id)?.name;
}

const THIN_BELOW_CHOICES = [2, 3, 4, 5, 6, 8, 10];
const CLOSER_CHOICES = [0, 3, 5, 10, 20];
const DEFAULT_THIN_BELOW = 3;
const DEFAULT_CLOSERS = 5;

export interface GapOptions {
  thinBelow: number;
  includeCovered: boolean;
  closersPerGap: number;
}

/** The options as the query string carries them (`thin`, `covered=1`, `closers`); unknown values fall back to the defaults. */
export function optionsFromParams(params: URLSearchParams): GapOptions {
  const thin = Number(params.get('thin'));
  const closers = Number(params.get('closers'));
  return {
    thinBelow: THIN_BELOW_CHOICES.includes(thin) ? thin : DEFAULT_THIN_BELOW,
    includeCovered: params.get('covered') === '1',
    closersPerGap: params.has('closers') && CLOSER_CHOICES.includes(closers) ? closers : DEFAULT_CLOSERS,
  };
}

const INDENT = '\u00a0\u00a0\u00a0';

/** The scopes a report can cover, as <optgroup>s: networks and regions as indented trees, programs, primes. */
export function ScopeOptions({ choices }: { choices: ScopeChoices }) {
  const { t } = useI18n();
  return (
    <>
      <optgroup label={t.gaps.scopeGroups.network}>
        {treeOrder(choices.networks).map(({ item, depth }) => (
          <option key={item.id} value={`network:${item.id}`}>{INDENT.repeat(depth) + item.name}</option>
        ))}
      </optgroup>
      <optgroup label={t.gaps.scopeGroups.region}>
        {treeOrder(choices.regions).map(({ item, depth }) => (
          <option key={item.id} value={`region:${item.id}`}>{INDENT.repeat(depth) + item.name}</option>
        ))}
      </optgroup>
      <optgroup label={t.gaps.scopeGroups.program}>
        {choices.programs.map((program) => (
          <option key={program.id} value={`program:${program.id}`}>
            {program.prime ? t.gaps.programWithPrime(program.name, program.prime.name) : program.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t.gaps.scopeGroups.prime}>
        {choices.primes.map((prime) => <option key={prime.id} value={`prime:${prime.id}`}>{prime.name}</option>)}
      </optgroup>
    </>
  );
}

/** The scope (one of network, region, program, prime, or everything) and the report options, all in the URL. */
export function GapOptionsForm({ params, update, choices: data }: {
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
  choices: ScopeChoices | undefined;
}) {
  const { t } = useI18n();
  const scope = scopeFromParams(params);
  const options = optionsFromParams(params);
  return (
    <form className="card gap-options no-print" aria-label={t.gaps.filters} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="gap-scope">{t.gaps.scope}</label>
        <select id="gap-scope" value={scopeValue(scope)} onChange={(e) => update(scopeChanges(e.target.value))}>
          <option value="">{t.gaps.scopeAll}</option>
          {scope && !data && <option value={scopeValue(scope)}>{scope.id}</option>}
          {data && <ScopeOptions choices={data} />}
        </select>
      </div>
      <div className="field">
        <label htmlFor="gap-thin">{t.gaps.thinBelow}</label>
        <select id="gap-thin" value={options.thinBelow}
          onChange={(e) => update({ thin: Number(e.target.value) === DEFAULT_THIN_BELOW ? null : e.target.value })}>
          {THIN_BELOW_CHOICES.map((n) => <option key={n} value={n}>{t.gaps.thinBelowOption(n)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="gap-closers">{t.gaps.closersPerGap}</label>
        <select id="gap-closers" value={options.closersPerGap}
          onChange={(e) => update({ closers: Number(e.target.value) === DEFAULT_CLOSERS ? null : e.target.value })}>
          {CLOSER_CHOICES.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </div>
      <div className="field field-check">
        <input id="gap-covered" type="checkbox" checked={options.includeCovered}
          onChange={(e) => update({ covered: e.target.checked ? '1' : null })} />
        <label htmlFor="gap-covered">{t.gaps.includeCovered}</label>
      </div>
    </form>
  );
}
