import type { DefinitionIndex } from '../../../../shared/checklist/definition-index.ts';
import { questionTitle } from '../conflicts/conflict-text.ts';

interface RemarkListProps {
  remarks: readonly { itemKey: string; text: string }[];
  index: DefinitionIndex;
  onOpenQuestion: (path: string) => void;
}

/** Remarks on single questions, each a way to the question it is about. */
export function RemarkList({ remarks, index, onOpenQuestion }: RemarkListProps) {
  return (
    <ul className="remark-list">
      {remarks.map(({ itemKey, text }) => (
        <li key={itemKey}>
          <button type="button" className="link-button" onClick={() => onOpenQuestion(itemKey)}>
            {questionTitle(index, itemKey)}
          </button>
          {`: ${text}`}
        </li>
      ))}
    </ul>
  );
}
