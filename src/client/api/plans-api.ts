import {
  plannedVisitListSchema,
  plannedVisitSchema,
  roundPreviewSchema,
  type PlannedVisitChange,
  type PlannedVisitInput,
  type RoundRequest,
} from '../../shared/schemas/plan.ts';
import { apiRequest } from './api-request.ts';

/** The plans this person sees (the district's, for a coordinator), within the dates given. */
export async function fetchPlans(token: string, range: { from?: string; to?: string } = {}) {
  const query = new URLSearchParams(range);
  const path = query.size > 0 ? `/api/plans?${query.toString()}` : '/api/plans';
  return (await apiRequest(path, { token, schema: plannedVisitListSchema })).plans;
}

export function createPlan(token: string, plan: PlannedVisitInput) {
  return apiRequest('/api/plans', {
    method: 'POST',
    body: plan,
    token,
    schema: plannedVisitSchema,
  });
}

export function changePlan(token: string, id: string, change: PlannedVisitChange) {
  return apiRequest(`/api/plans/${id}`, {
    method: 'PATCH',
    body: change,
    token,
    schema: plannedVisitSchema,
  });
}

export function previewRound(token: string, round: RoundRequest) {
  return apiRequest('/api/plans/round/preview', {
    method: 'POST',
    body: round,
    token,
    schema: roundPreviewSchema,
  });
}

export function createRound(token: string, round: RoundRequest) {
  return apiRequest('/api/plans/round', {
    method: 'POST',
    body: round,
    token,
    schema: roundPreviewSchema,
  });
}
