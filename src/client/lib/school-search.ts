import type { School } from '../../shared/schemas/school.ts';

function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/** Schools whose names, address, municipality or director contain every word of the query. */
export function searchSchools(schools: readonly School[], query: string): School[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...schools];
  return schools.filter((school) => {
    const fields = [school.shortName, school.name, school.address, school.municipality];
    const haystack = fold([...fields, school.director].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Schools in the order people look for them: by short name, as a Russian reader sorts. */
export function sortSchools(schools: readonly School[]): School[] {
  return [...schools].sort((a, b) => a.shortName.localeCompare(b.shortName, 'ru'));
}
