import { z } from 'zod';
import { userSchema } from './user.ts';

export const loginRequestSchema = z.object({
  login: z.string().trim().min(1, 'Введите логин').max(64),
  password: z.string().min(1, 'Введите пароль').max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  user: userSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({
  user: userSchema,
  expiresAt: z.iso.datetime(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
