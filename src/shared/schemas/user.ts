import { z } from 'zod';

export const roles = ['inspector', 'school', 'coordinator', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const loginNameSchema = z
  .string()
  .trim()
  .min(3, 'Логин — не короче 3 символов')
  .max(64, 'Логин — не длиннее 64 символов')
  .regex(/^[a-zA-Z0-9._-]+$/, 'Логин — латинские буквы, цифры, точка, дефис, подчёркивание');

export const passwordSchema = z
  .string()
  .min(8, 'Пароль — не короче 8 символов')
  .max(200, 'Пароль — не длиннее 200 символов');

export const userSchema = z.object({
  id: z.uuid(),
  login: z.string(),
  fullName: z.string(),
  role: roleSchema,
  schoolId: z.uuid().nullable(),
  active: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

/** What creating a user takes: a `school` user is bound to exactly one school. */
export const newUserSchema = z
  .object({
    login: loginNameSchema,
    fullName: z.string().trim().min(1, 'Укажите ФИО').max(200),
    role: roleSchema,
    password: passwordSchema,
    schoolId: z.uuid().nullable().default(null),
  })
  .refine((u) => (u.role === 'school') === (u.schoolId !== null), {
    message: 'Пользователь с ролью «школа» привязывается к одной школе, остальные — ни к одной',
    path: ['schoolId'],
  });
export type NewUser = z.infer<typeof newUserSchema>;
