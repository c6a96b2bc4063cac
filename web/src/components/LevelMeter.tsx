import { useI18n } from '../i18n';
import './level-meter.css';

const STEPS = [1, 2, 3, 4, 5];

/** A capability level as words ("Stufe 4") with a small five-step indicator beside it. */
export function LevelMeter({ level }: { level: number }) {
  const { t } = useI18n();
  return (
    <span className="level-meter">
      <span className="level-meter-steps" aria-hidden="true">
        {STEPS.map((step) => <span key={step} className={step <= level ? 'on' : undefined} />)}
      </span>
      <span className="level-meter-text">{t.common.level(level)}</span>
    </span>
  );
}
