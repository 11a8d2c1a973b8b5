import type { Confidence, ConfidenceLevel } from '../model/confidence';

const LABEL: Record<ConfidenceLevel | 'rejected', string> = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
  rejected: 'Rejected',
};

/** A level of confidence as a small labelled badge; its reasons, when given, as its title. */
export function ConfidenceBadge({
  level,
  reasons,
}: {
  level: ConfidenceLevel | 'rejected';
  reasons?: string[];
}) {
  return (
    <span className={`confidence confidence-${level}`} title={reasons?.join('; ')}>
      {LABEL[level]}
    </span>
  );
}

/** The confidence of an item with its reasons written out, for the popup. */
export function ConfidenceLine({ confidence }: { confidence: Confidence }) {
  return (
    <p className="confidence-line">
      <ConfidenceBadge level={confidence.level} />{' '}
      <span className="muted">{confidence.reasons.join('; ')}</span>
    </p>
  );
}
