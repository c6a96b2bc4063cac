import { useState } from 'react';

import type { FieldProblems } from '../api/client';
import { useI18n } from '../i18n';
import { EVIDENCE_LEVELS } from './EvidenceBadge';
import { FieldError, invalidProps } from './FieldError';

type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/**
 * The rows of a list editor (claims, certificates), each with a stable key for React. Removing a row calls
 * `onRemoved`: problems are keyed by row index, so after a removal they no longer point at the right row.
 */
export function useEditorRows<Row extends object>(initial: () => Row[], blank: () => Row, onRemoved: () => void) {
  type Keyed = Row & { key: number };
  const [rows, setRows] = useState<Keyed[]>(() => initial().map((row, key) => ({ ...row, key })));
  return {
    rows,
    update: (key: number, change: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row))),
    remove: (key: number) => {
      setRows((current) => current.filter((row) => row.key !== key));
      onRemoved();
    },
    add: () => setRows((current) => [...current, { ...blank(), key: Math.max(-1, ...current.map((row) => row.key)) + 1 }]),
  };
}

/** The evidence level of a row: staff set it; a company key records self-declared evidence only. */
export function EvidenceLevelField({ id, label, value, onChange, problems, field }: {
  id: string; label: string; value: EvidenceLevel; onChange(level: EvidenceLevel): void; problems: FieldProblems; field: string;
}) {
  const { t } = useI18n();
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(ev) => onChange(ev.target.value as EvidenceLevel)} {...invalidProps(problems, field)}>
        {EVIDENCE_LEVELS.map((level) => <option key={level} value={level}>{t.common.evidenceLevel[level]}</option>)}
      </select>
      <FieldError problems={problems} field={field} />
    </div>
  );
}

export function RemoveRowButton({ legend, onRemove }: { legend: string; onRemove(): void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="link-button remove-row" onClick={onRemove} aria-label={t.companies.edit.removeRow(legend)}>
      {t.common.actions.remove}
    </button>
  );
}

/** Add a row, cancel, save: the foot of a list editor. */
export function EditorActions({ addLabel, onAdd, onCancel, saving }: { addLabel: string; onAdd(): void; onCancel(): void; saving: boolean }) {
  const { t } = useI18n();
  return (
    <div className="edit-actions">
      <button type="button" onClick={onAdd}>+ {addLabel}</button>
      <span className="spacer" />
      <button type="button" onClick={onCancel}>{t.common.actions.cancel}</button>
      <button type="submit" className="primary" disabled={saving}>{saving ? t.companies.edit.saving : t.common.actions.save}</button>
    </div>
  );
}
