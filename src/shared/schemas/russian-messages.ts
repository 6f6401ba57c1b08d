import { z } from 'zod';

/** Zod's own messages (wrong type, too short…) in Russian, for people reading them. */
export function useRussianValidationMessages(): void {
  z.config(z.locales.ru());
}
