/** What a person's name becomes in an export: itself, or a stable pseudonym. */
export interface StaffMasker {
  readonly masked: boolean;
  /** The name as it goes into the file; an empty name stays empty. */
  name(schoolId: string, name: string): string;
}

const normalised = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru');

/**
 * Pseudonyms «Сотрудник 1», «Сотрудник 2», … numbered in the order the file
 * meets the people: the same name (case and spacing aside) in the same school
 * is the same pseudonym everywhere in one export; namesakes in two schools are
 * two people. Without masking, names go as entered.
 */
export function staffMasker(masked: boolean): StaffMasker {
  const pseudonyms = new Map<string, string>();
  return {
    masked,
    name(schoolId, name) {
      if (!masked || name.trim() === '') return name;
      const key = `${schoolId}\u0000${normalised(name)}`;
      let pseudonym = pseudonyms.get(key);
      if (pseudonym === undefined) {
        pseudonym = `Сотрудник ${String(pseudonyms.size + 1)}`;
        pseudonyms.set(key, pseudonym);
      }
      return pseudonym;
    },
  };
}
