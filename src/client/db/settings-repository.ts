import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages.ts';
import type { AppDatabase } from './app-database.ts';

export async function readSetting(db: AppDatabase, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function writeSetting(db: AppDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function readLanguage(db: AppDatabase): Promise<Language> {
  const value = await readSetting(db, 'language');
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export function writeLanguage(db: AppDatabase, language: Language): Promise<void> {
  return writeSetting(db, 'language', language);
}
