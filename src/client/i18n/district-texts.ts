import i18next from 'i18next';
import { dashboardEn } from './en-dashboard.ts';
import { directoryEn } from './en-directory.ts';
import { dashboardRu } from './ru-dashboard.ts';
import { directoryRu } from './ru-directory.ts';

/**
 * The texts of the dashboard and the directory: only coordinators open those
 * screens, so their words load with them (a route awaits this), not with the
 * first screen. Adding them again is harmless.
 */
export function addDistrictTexts(): void {
  i18next.addResourceBundle(
    'ru',
    'translation',
    { dashboard: dashboardRu, directory: directoryRu },
    true,
    true,
  );
  i18next.addResourceBundle(
    'en',
    'translation',
    { dashboard: dashboardEn, directory: directoryEn },
    true,
    true,
  );
}
