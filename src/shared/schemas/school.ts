import { z } from 'zod';

const optionalText = (max: number) => z.string().trim().max(max).default('');

/** A school of the district directory, as the server stores and sends it. */
export const schoolSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1),
  shortName: z.string().min(1),
  municipality: z.string(),
  address: z.string(),
  director: z.string(),
  phone: z.string(),
  email: z.string(),
  updatedAt: z.iso.datetime(),
});
export type School = z.infer<typeof schoolSchema>;

/** One school as written by a person: an import row or a form. */
export const schoolInputSchema = z.object({
  name: z.string().trim().min(1, 'Укажите полное наименование').max(300),
  shortName: z.string().trim().min(1, 'Укажите краткое наименование').max(120),
  municipality: optionalText(200),
  address: optionalText(300),
  director: optionalText(200),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+()\-\s]*$/, 'Телефон — цифры, пробелы, скобки, «+» и «-»')
    .default(''),
  email: z.union([z.literal(''), z.email('Некорректный адрес электронной почты')]).default(''),
});
export type SchoolInput = z.infer<typeof schoolInputSchema>;

export const schoolListResponseSchema = z.object({
  schools: z.array(schoolSchema),
});
export type SchoolListResponse = z.infer<typeof schoolListResponseSchema>;
