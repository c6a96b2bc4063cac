import { useState } from 'react';

import { apiKeyStore } from '../api/client';
import { useI18n } from '../i18n';

type Format = 'csv' | 'xlsx';

/**
 * Downloads the result as /reports/analyses/<name>.csv or .xlsx with the signed-in key (a plain link cannot carry
 * the Authorization header once API keys are configured).
 */
export function AnalysisDownloads({ name, query }: { name: string; query: URLSearchParams }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const download = async (format: Format) => {
    setFailed(false);
    const key = apiKeyStore.get();
    const response = await fetch(`/reports/analyses/${name}.${format}?${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }).catch(() => null);
    if (!response?.ok) {
      setFailed(true);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name}.${format}`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <button type="button" onClick={() => download('csv')}>{t.analyses.downloadCsv}</button>
      <button type="button" onClick={() => download('xlsx')}>{t.analyses.downloadXlsx}</button>
      {failed && <span className="field-error" role="alert">{t.analyses.downloadFailed}</span>}
    </>
  );
}
