import { useQuery } from 'urql';

import { CapabilityOptions } from '../components/CapabilityOptions';
import { CompanyLink } from '../components/CompanyLink';
import { Empty, ErrorState, Loading } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { KreisMap } from './KreisMap';
import { NRW } from './boundaries';
import { MapCompany, useAllCompanies } from './members';
import './map.css';

const MapChoicesQuery = graphql(`
  query MapChoices {
    networks { id name }
    capabilities { id name nameDe depth parent { id } }
  }
`);

/**
 * The network's members on NRW's Kreise and kreisfreie Städte (`?network=…`), or the holders of a capability
 * (`?capability=…`); a Kreis chosen (`?kreis=05954`) lists its companies.
 */
export default function MapPage() {
  const { t, capName } = useI18n();
  const [params, update] = useUrlParams();
  const network = params.get('network');
  const capability = params.get('capability');
  const kreis = params.get('kreis');
  const [choices] = useQuery({ query: MapChoicesQuery });
  const companies = useAllCompanies({ networkId: network, capabilityId: capability });
  const networkName = choices.data?.networks.find((n) => n.id === network)?.name;
  const capabilityEntry = choices.data?.capabilities.find((c) => c.id === capability);
  const subject = capabilityEntry ? t.map.holdersOf(capName(capabilityEntry)) : t.map.members;
  return (
    <div className="map-page">
      <div className="page-head">
        <div>
          <h1>{t.map.title}</h1>
          <p className="muted">{t.map.intro}</p>
        </div>
      </div>
      <form className="card map-options no-print" aria-label={t.map.filters} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="map-network">{t.map.network}</label>
          <select id="map-network" value={network ?? ''} onChange={(e) => update({ network: e.target.value, kreis: null })}>
            <option value="">{t.map.allCompanies}</option>
            {choices.data?.networks.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="map-capability">{t.map.colourBy}</label>
          <select id="map-capability" value={capability ?? ''} onChange={(e) => update({ capability: e.target.value, kreis: null })}>
            <option value="">{t.map.byMembers}</option>
            {choices.data && <CapabilityOptions capabilities={choices.data.capabilities} />}
          </select>
        </div>
      </form>
      {companies.error ? <ErrorState error={companies.error} /> : !companies.data ? <Loading /> : (
        <MapView companies={companies.data} subject={subject} scope={networkName ?? t.map.allCompanies} kreis={kreis}
          choose={(ags) => update({ kreis: ags })} />
      )}
    </div>
  );
}

function MapView({ companies, subject, scope, kreis, choose }: {
  companies: MapCompany[];
  subject: string;
  scope: string;
  kreis: string | null;
  choose(ags: string | null): void;
}) {
  const { t } = useI18n();
  const byKreis = new Map<string, MapCompany[]>();
  for (const company of companies) {
    const ags = company.region?.ags;
    if (ags) byKreis.set(ags, [...(byKreis.get(ags) ?? []), company]);
  }
  const inNrw = NRW.features.reduce((sum, f) => sum + (byKreis.get(f.ags)?.length ?? 0), 0);
  const outside = companies.length - inNrw;
  const chosen = NRW.features.find((f) => f.ags === kreis);
  const counts = new Map(NRW.features.map((f) => [f.ags, byKreis.get(f.ags)?.length ?? 0]));
  return (
    <div className="map-layout">
      <section className="card" aria-labelledby="map-title">
        <h2 id="map-title">{t.map.mapTitle(subject, scope)}</h2>
        <p className="small muted">{t.map.summary(inNrw, outside)}</p>
        <KreisMap counts={counts} chosen={kreis} choose={choose} unit={subject} />
        <p className="small map-attribution">
          {t.map.boundaries} <a href="https://www.bkg.bund.de" rel="noreferrer">{NRW.attribution}</a>, dl-de/by-2-0
        </p>
      </section>
      <div>
        <section className="card kreis-panel" aria-labelledby="kreis-title" aria-live="polite">
          {chosen ? (
            <>
              <h2 id="kreis-title">{chosen.name} <span className="muted small">({chosen.kind}, {chosen.ags})</span></h2>
              <p>{t.map.companyCount(byKreis.get(chosen.ags)?.length ?? 0)}</p>
              {(byKreis.get(chosen.ags) ?? []).length === 0 ? <Empty>{t.map.noneHere}</Empty> : (
                <ul className="kreis-companies">
                  {(byKreis.get(chosen.ags) ?? []).map((c) => (
                    <li key={c.id}><CompanyLink company={c} /> <span className="small muted">{c.city}</span></li>
                  ))}
                </ul>
              )}
              <button type="button" className="link-button" onClick={() => choose(null)}>{t.map.clear}</button>
            </>
          ) : (
            <>
              <h2 id="kreis-title">{t.map.kreisTitle}</h2>
              <p className="muted">{t.map.chooseHint}</p>
            </>
          )}
        </section>
        <KreisTable counts={counts} choose={choose} />
      </div>
    </div>
  );
}

/** The Kreise with companies, most first: the map's numbers for reading, printing and screen readers. */
function KreisTable({ counts, choose }: { counts: Map<string, number>; choose(ags: string): void }) {
  const { t, fmt, locale } = useI18n();
  const rows = NRW.features.filter((f) => (counts.get(f.ags) ?? 0) > 0)
    .sort((a, b) => (counts.get(b.ags) ?? 0) - (counts.get(a.ags) ?? 0) || a.name.localeCompare(b.name, locale));
  return (
    <section className="card" aria-labelledby="kreis-table-title">
      <h2 id="kreis-table-title">{t.map.tableTitle}</h2>
      {rows.length === 0 ? <Empty>{t.map.noneAnywhere}</Empty> : (
        <table className="kreis-table">
          <thead><tr><th scope="col">{t.map.kreis}</th><th scope="col" className="num">{t.map.count}</th></tr></thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.ags}>
                <td><button type="button" className="link-button" onClick={() => choose(f.ags)}>{f.name}</button></td>
                <td className="num">{fmt.number(counts.get(f.ags) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
