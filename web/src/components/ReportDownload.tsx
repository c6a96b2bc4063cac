import { useState } from 'react';

import { apiKeyStore } from '../api/client';

/**
 * Downloads one of the service's reports (`/reports/<name>.csv?...`) with the signed-in key: a plain link cannot
 * carry the Authorization header the reports need once API keys are configured.
 */
export function ReportDownload({ report, query, label, failed }: { report: string; query: URLSearchParams; label: string; failed: string }) {
  const [error, setError] = useState(false);
  const download = async () => {
    setError(false);
    const key = apiKeyStore.get();
    const response = await fetch(`/reports/${report}.csv?${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }).catch(() => null);
    if (!response?.ok) {
      setError(true);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `${report}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <button type="button" onClick={download}>{label}</button>
      {error && <span className="field-error" role="alert">{failed}</span>}
    </>
  );
}
