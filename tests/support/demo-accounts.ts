/** The password every demo account gets in a test run. */
export const DEMO_PASSWORD = 'Proverka-2026';

/** The demo inspector, and how the home screen greets him (first name and patronymic). */
export const inspector = {
  login: 'inspektor',
  password: DEMO_PASSWORD,
  greeting: 'Здравствуйте, Иван Олегович',
} as const;

/** The demo district's coordinator, and how the home screen greets her. */
export const coordinator = {
  login: 'koordinator',
  password: DEMO_PASSWORD,
  greeting: 'Здравствуйте, Анна Сергеевна',
} as const;

/** The demo district has ten schools; the home card counts them. */
export const DEMO_SCHOOL_COUNT = 10;
export const directoryLoadedText = `${DEMO_SCHOOL_COUNT} школ на устройстве`;
