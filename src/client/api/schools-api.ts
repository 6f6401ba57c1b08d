import { schoolListResponseSchema } from '../../shared/schemas/school.ts';
import { apiRequest } from './api-request.ts';

export async function fetchSchools(token: string) {
  return (await apiRequest('/api/schools', { token, schema: schoolListResponseSchema })).schools;
}
