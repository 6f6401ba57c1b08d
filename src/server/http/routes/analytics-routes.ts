import { dashboardSchema } from '../../../shared/analytics/dashboard-schema.ts';
import { resultsFilterSchema } from '../../../shared/schemas/results-filter.ts';
import { districtDashboard } from '../../services/dashboard.ts';
import { endpoint } from '../endpoint.ts';

/** The district's figures: for the coordinator and the administrator only. */
const DISTRICT = ['coordinator', 'admin'] as const;

/** The district dashboard's figures over the results filter. */
export const analyticsRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/analytics/dashboard',
    summary:
      'Сводка по району за период: уровни школ, динамика по кварталам, частые несоответствия, ИКТ-компетентность, ведение журнала, меры, самоаудит и проверка',
    tag: 'Аналитика',
    access: DISTRICT,
    query: resultsFilterSchema,
    response: dashboardSchema,
    problems: [],
    handler: ({ query }, { db, now }) => districtDashboard(db, query, now()),
  }),
];
