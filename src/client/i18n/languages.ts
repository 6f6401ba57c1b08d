export const languages = ['ru', 'en'] as const;
export type Language = (typeof languages)[number];
export const DEFAULT_LANGUAGE: Language = 'ru';

/** How each language names itself in the switch. */
export const languageNames: Record<Language, string> = { ru: 'Русский', en: 'English' };

/** The BCP 47 locale used by Intl for dates and numbers. */
export const intlLocale: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
