import { z } from 'zod';
import { issueSchema } from './problem.ts';
import { schoolInputSchema } from './school.ts';
import { loginNameSchema, passwordSchema, roleSchema, userSchema } from './user.ts';

const fullNameSchema = z.string().trim().min(1, 'Укажите ФИО').max(200, 'ФИО — до 200 символов');

const schoolBindingRule = {
  message: 'Пользователь с ролью «школа» привязывается к одной школе, остальные — ни к одной',
  path: ['schoolId'],
};

/** A user in the coordinator's list: an inspector with the schools they cover. */
export const directoryUserSchema = userSchema.extend({
  /** Schools the inspector covers (empty for other roles). */
  schoolIds: z.array(z.uuid()),
});
export type DirectoryUser = z.infer<typeof directoryUserSchema>;

export const userListResponseSchema = z.object({ users: z.array(directoryUserSchema) });
export type UserListResponse = z.infer<typeof userListResponseSchema>;

/** A new account; without `password` the server makes a temporary one. */
export const createUserRequestSchema = z
  .object({
    login: loginNameSchema,
    fullName: fullNameSchema,
    role: roleSchema,
    schoolId: z.uuid('Идентификатор школы — UUID').nullable().default(null),
    password: passwordSchema.optional(),
  })
  .refine((u) => (u.role === 'school') === (u.schoolId !== null), schoolBindingRule);
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** The account, and the temporary password when the server made one: shown once. */
export const createUserResponseSchema = z.object({
  user: directoryUserSchema,
  temporaryPassword: z.string().nullable(),
});
export type CreateUserResponse = z.infer<typeof createUserResponseSchema>;

/**
 * A change of an account: only the fields sent change. A role other than
 * «школа» drops the school binding by itself.
 */
export const updateUserRequestSchema = z
  .object({
    fullName: fullNameSchema,
    role: roleSchema,
    schoolId: z.uuid('Идентификатор школы — UUID').nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((change) => Object.keys(change).length > 0, { message: 'Нечего изменять' });
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

/** A new temporary password: shown once, stored only as a hash. */
export const passwordResetResponseSchema = z.object({
  user: directoryUserSchema,
  temporaryPassword: z.string(),
});
export type PasswordResetResponse = z.infer<typeof passwordResetResponseSchema>;

/** The whole list of schools an inspector covers (replaces the previous one). */
export const userSchoolsRequestSchema = z.object({
  schoolIds: z
    .array(z.uuid('Идентификатор школы — UUID'))
    .max(1000)
    .transform((ids) => [...new Set(ids)]),
});
export type UserSchoolsRequest = z.infer<typeof userSchoolsRequestSchema>;

/** Which inspector covers which school. */
export const coverageSchema = z.object({ userId: z.uuid(), schoolId: z.uuid() });
export type Coverage = z.infer<typeof coverageSchema>;

export const coverageResponseSchema = z.object({ coverage: z.array(coverageSchema) });
export type CoverageResponse = z.infer<typeof coverageResponseSchema>;

/** What importing a line of a school file would do. */
export const schoolImportActionSchema = z.enum(['create', 'update', 'unchanged', 'invalid']);
export type SchoolImportAction = z.infer<typeof schoolImportActionSchema>;

/** One non-blank line of the file, as the preview shows it. */
export const schoolImportRowSchema = z.object({
  /** The line in the file (the heading is line 1). */
  row: z.number().int().min(2),
  school: schoolInputSchema.nullable(),
  action: schoolImportActionSchema,
  /** The school this line updates (or leaves as it is). */
  existingSchoolId: z.uuid().nullable(),
  errors: z.array(issueSchema),
});
export type SchoolImportRow = z.infer<typeof schoolImportRowSchema>;

/** How many lines of each kind. */
export const schoolImportCountsSchema = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  invalid: z.number().int(),
});

/** The preview of an import: nothing is written. */
export const schoolImportPreviewSchema = z.object({
  rows: z.array(schoolImportRowSchema),
  /** What is wrong with the file as a whole (a missing column, no school at all). */
  fileErrors: z.array(issueSchema),
  counts: schoolImportCountsSchema,
  /** Whether the import would be accepted: no wrong line and nothing wrong with the file. */
  canImport: z.boolean(),
});
export type SchoolImportPreview = z.infer<typeof schoolImportPreviewSchema>;

/** What an import did: every line was written. */
export const schoolImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
});
export type SchoolImportResult = z.infer<typeof schoolImportResultSchema>;
