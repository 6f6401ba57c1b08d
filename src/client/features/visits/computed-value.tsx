import type { SimpleItem } from '../../../shared/checklist/item-schema.ts';
import { useAnswerText } from './use-answer-text.ts';

interface ComputedValueProps {
  item: Extract<SimpleItem, { kind: 'computed' }>;
  value: number | null;
  id: string;
}

/** A value the checklist computes from other answers; it updates as they change. */
export function ComputedValue({ item, value, id }: ComputedValueProps) {
  const text = useAnswerText()(item, undefined, value);
  return (
    <div className="question question--computed" id={id}>
      <span className="question__label">{item.label}</span>
      <output className="computed-value" aria-live="polite">
        {text}
      </output>
    </div>
  );
}
