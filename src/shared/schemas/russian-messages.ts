import { z } from 'zod';
import ru from 'zod/v4/locales/ru.js';

/** Zod's own messages (wrong type, too short…) in Russian, for people reading them. */
export function applyRussianValidationMessages(): void {
  z.config(ru());
}
