import { useState } from 'react';
import { roadMapStages } from '../../../shared/plans/road-map.ts';
import type { RoundPreview, RoundRequest } from '../../../shared/schemas/plan.ts';
import { createRound, previewRound } from '../../api/plans-api.ts';
import { applyStage, emptyRound, roundRequestOf, type RoundDraft } from './round-draft.ts';
import type { PlanLookup } from './use-plan-lookup.ts';
import { useRequest } from '../../lib/use-request.ts';

/** A preview the server made for exactly this request; `saved` once it was planned. */
export interface ShownRound {
  request: RoundRequest;
  result: RoundPreview;
  saved: boolean;
}

/**
 * A monitoring round from draft to plan: any change of the draft drops the
 * preview, so «Запланировать» always plans what was last previewed.
 */
export function useRoundPlanning(
  token: string,
  lookup: PlanLookup,
  today: string,
  onPlanned: (request: RoundRequest) => void,
) {
  const [draft, setDraft] = useState<RoundDraft>(() => emptyRound(today));
  const [shown, setShown] = useState<ShownRound | undefined>();
  const request = useRequest();
  const update = (patch: Partial<RoundDraft>) => {
    setDraft((before) => ({ ...before, ...patch }));
    setShown(undefined);
  };
  const chooseStage = (key: string) => {
    const stage = roadMapStages.find((candidate) => candidate.key === key);
    const available = lookup.checklists.map((checklist) => checklist.id);
    update(stage ? applyStage(draft, stage, today, available) : { stageKey: '' });
  };
  const preview = async () => {
    const asked = roundRequestOf(
      draft,
      lookup.schools.map((school) => school.id),
    );
    const result = await request.run(() => previewRound(token, asked));
    if (result) setShown({ request: asked, result, saved: false });
  };
  const plan = async () => {
    if (!shown) return;
    const result = await request.run(() => createRound(token, shown.request));
    if (!result) return;
    setShown({ request: shown.request, result, saved: true });
    onPlanned(shown.request);
  };
  return { draft, update, chooseStage, shown, request, preview, plan };
}
