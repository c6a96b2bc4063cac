import { useState } from 'react';

import { Empty } from '../components/states';
import { FragmentOf, graphql, readFragment, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import { CertificatesEditor } from './CertificatesEditor';
import { CertificateStatus } from './CertificateStatus';
import { EvidenceBadge } from './EvidenceBadge';

export const CompanyCertificatesFragment = graphql(`
  fragment CompanyCertificates on Company {
    id
    certifications { certificateNumber scope validFrom validUntil evidenceLevel source certification { id name } }
  }
`);

export type HeldCertificate = ResultOf<typeof CompanyCertificatesFragment>['certifications'][number];

interface Props {
  data: FragmentOf<typeof CompanyCertificatesFragment>;
  canEdit: boolean;
  fullAccess: boolean;
}

/** The certificates with scope, validity and evidence; edited in place where the caller may. */
export function CertificatesSection({ data, canEdit, fullAccess }: Props) {
  const { t, fmt, locale } = useI18n();
  const company = readFragment(CompanyCertificatesFragment, data);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const certificates = [...company.certifications].sort((a, b) => a.certification.name.localeCompare(b.certification.name, locale));
  const c = t.companies.certificates;
  return (
    <section className="card" aria-labelledby="certificates-title">
      <div className="section-head">
        <h2 id="certificates-title">{c.title}</h2>
        {saved && !editing && <span role="status" className="badge good">✓ {t.companies.edit.saved}</span>}
        {canEdit && !editing && (
          <button type="button" className="no-print" onClick={() => { setEditing(true); setSaved(false); }}>{t.companies.edit.editCertificates}</button>
        )}
      </div>
      {editing ? (
        <CertificatesEditor companyId={company.id} certificates={certificates} fullAccess={fullAccess}
          onSaved={() => { setEditing(false); setSaved(true); }} onCancel={() => setEditing(false)} />
      ) : certificates.length === 0 ? <Empty>{c.none}</Empty> : (
        <table className="certificates-table">
          <thead>
            <tr>
              <th scope="col">{c.certification}</th>
              <th scope="col">{c.scope}</th>
              <th scope="col">{c.validity}</th>
              <th scope="col">{c.evidenceLevel}</th>
            </tr>
          </thead>
          <tbody>
            {certificates.map((certificate) => (
              <tr key={certificate.certification.id}>
                <td>
                  <strong>{certificate.certification.name}</strong>
                  {certificate.certificateNumber && <div className="small muted">{certificate.certificateNumber}</div>}
                </td>
                <td>{certificate.scope ?? t.common.none}</td>
                <td>
                  <div className="validity">{c.range(fmt.date(certificate.validFrom), certificate.validUntil ? fmt.date(certificate.validUntil) : c.open)}</div>
                  <CertificateStatus validFrom={certificate.validFrom} validUntil={certificate.validUntil} />
                </td>
                <td><EvidenceBadge level={certificate.evidenceLevel} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
