import { z } from 'zod';
import {
  plannedVisitChangeSchema,
  plannedVisitInputSchema,
  plannedVisitListSchema,
  plannedVisitSchema,
  roundPreviewSchema,
  roundRequestSchema,
} from '../../../shared/schemas/plan.ts';
import { isoDateSchema } from '../../../shared/schemas/visit.ts';
import {
  changePlan,
  createPlan,
  createRound,
  plansFor,
  previewRound,
} from '../../services/plans.ts';
import { endpoint } from '../endpoint.ts';

const DISTRICT = ['coordinator', 'admin'] as const;
const TAG = 'План посещений';

export const planRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/plans',
    summary:
      'Запланированные посещения за период: координатору — все, проверяющему — его, школе — её самоаудиты',
    tag: TAG,
    access: 'user',
    query: z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }),
    response: plannedVisitListSchema,
    problems: [],
    handler: async ({ query, user }, { db }) => {
      const range = {
        ...(query.from === undefined ? {} : { from: query.from }),
        ...(query.to === undefined ? {} : { to: query.to }),
      };
      return { plans: await plansFor(db, user, range) };
    },
  }),
  endpoint({
    method: 'POST',
    path: '/api/plans',
    summary: 'Запланировать посещение: школа × чек-лист × проверяющие × дата',
    tag: TAG,
    access: DISTRICT,
    body: plannedVisitInputSchema,
    response: plannedVisitSchema,
    status: 201,
    problems: [],
    handler: ({ body, user }, { db }) => createPlan(db, user, body),
  }),
  endpoint({
    method: 'PATCH',
    path: '/api/plans/:id',
    summary: 'Перенести, переназначить или отменить запланированное посещение',
    tag: TAG,
    access: DISTRICT,
    params: z.object({ id: z.uuid('Идентификатор плана — UUID') }),
    body: plannedVisitChangeSchema,
    response: plannedVisitSchema,
    problems: ['not_found', 'conflict'],
    handler: ({ body, params, user }, { db }) => changePlan(db, user, params.id, body),
  }),
  endpoint({
    method: 'POST',
    path: '/api/plans/round/preview',
    summary: 'Что запланирует этап мониторинга (ничего не сохраняет)',
    tag: TAG,
    access: DISTRICT,
    body: roundRequestSchema,
    response: roundPreviewSchema,
    problems: [],
    handler: ({ body }, { db }) => previewRound(db, body),
  }),
  endpoint({
    method: 'POST',
    path: '/api/plans/round',
    summary: 'Запланировать этап мониторинга целиком: выбранные школы по рабочим дням периода',
    tag: TAG,
    access: DISTRICT,
    body: roundRequestSchema,
    response: roundPreviewSchema,
    status: 201,
    problems: [],
    handler: ({ body, user }, { db }) => createRound(db, user, body),
  }),
];
