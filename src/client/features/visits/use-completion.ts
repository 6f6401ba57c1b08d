import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Acknowledgement, Visit } from '../../../shared/schemas/visit.ts';
import { appDatabase } from '../../db/app-database.ts';
import {
  completeVisit,
  emptyAcknowledgementDraft,
  reopenVisit,
  type SignatureImage,
  writeAcknowledgementDraft,
  type AcknowledgementDraft,
} from '../../db/completion-repository.ts';
import type { EditOutcome } from '../../db/draft-edit.ts';
import { useAcknowledgementDraft } from '../../db/live-queries.ts';
import { signatureImage } from './signature-image.ts';
import type { VisitEngine } from './use-visit-engine.ts';

/**
 * The completion step's state: the acknowledgement as typed (kept on the
 * device), the signature drawn, what stops completion, and the two transitions.
 */
export function useCompletion(
  visit: Visit,
  engine: VisitEngine,
  userId: string,
  track: (write: Promise<EditOutcome>) => void,
) {
  const { t } = useTranslation();
  const draft = useAcknowledgementDraft(visit.id) ?? emptyAcknowledgementDraft;
  const signature = useRef<HTMLCanvasElement | null>(null);
  const [signed, setSigned] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const needsAcknowledgement = visit.kind === 'inspection';

  const changeDraft = (next: AcknowledgementDraft) =>
    track(writeAcknowledgementDraft(appDatabase(), visit.id, next).then(() => 'saved' as const));

  const onSignature = (canvas: HTMLCanvasElement | null) => {
    signature.current = canvas;
    setSigned(canvas !== null);
  };

  /** Everything that stops completion, in Russian, in the order a person fixes it. */
  function blockers(): string[] {
    const found: string[] = [];
    if (engine.unanswered.length > 0)
      found.push(t('completion.unanswered', { count: engine.unanswered.length }));
    if (engine.issues.size > 0) found.push(t('completion.invalid', { count: engine.issues.size }));
    if (!needsAcknowledgement) return found;
    if (draft.name.trim() === '') found.push(t('completion.nameRequired'));
    if (draft.position.trim() === '') found.push(t('completion.positionRequired'));
    if (!draft.acquainted && !signed) found.push(t('completion.signatureRequired'));
    return found;
  }

  async function acknowledgement(now: Date): Promise<{
    acknowledgement: Acknowledgement | null;
    image: SignatureImage | null;
  }> {
    if (!needsAcknowledgement) return { acknowledgement: null, image: null };
    const image =
      draft.acquainted || !signature.current ? null : await signatureImage(signature.current);
    return {
      acknowledgement: {
        name: draft.name.trim(),
        position: draft.position.trim(),
        signature: image?.sha256 ?? null,
        objections: draft.objections.trim(),
        at: now.toISOString(),
      },
      image,
    };
  }

  async function complete(): Promise<boolean> {
    const found = blockers();
    setProblems(found);
    if (found.length > 0) return false;
    const now = new Date();
    const { acknowledgement: signedBy, image } = await acknowledgement(now);
    const outcome = await completeVisit(appDatabase(), visit.id, userId, signedBy, image, now);
    if (outcome !== 'changed') {
      setProblems([t('completion.notAllowed')]);
      return false;
    }
    return true;
  }

  async function reopen(reason: string): Promise<boolean> {
    const outcome = await reopenVisit(appDatabase(), visit.id, userId, reason.trim(), new Date());
    return outcome === 'changed';
  }

  return { draft, changeDraft, onSignature, problems, complete, reopen, needsAcknowledgement };
}
