import { useTranslation } from 'react-i18next';
import { appDatabase } from '../../db/app-database.ts';
import { writeLanguage } from '../../db/settings-repository.ts';
import type { Language } from '../../i18n/languages.ts';

/** Switches the interface language now and remembers it on this device. */
export function useChangeLanguage(): (language: Language) => Promise<void> {
  const { i18n } = useTranslation();
  return async (language) => {
    await writeLanguage(appDatabase(), language);
    await i18n.changeLanguage(language);
  };
}
