import type { SchoolInput } from '../../shared/schemas/school.ts';
import type { NewUser, Role } from '../../shared/schemas/user.ts';

const MUNICIPALITY = 'Сакский район Республики Крым';

const VILLAGES: readonly [string, string, string][] = [
  ['Новофёдоровская школа-лицей', 'пгт Новофёдоровка', 'Ермакова Ольга Викторовна'],
  ['Крымская школа', 'с. Крымское', 'Бондаренко Игорь Петрович'],
  ['Фрунзенская школа', 'с. Фрунзе', 'Аблаева Эльмира Решатовна'],
  ['Уютненская школа', 'с. Уютное', 'Савченко Наталья Ивановна'],
  ['Ореховская школа', 'с. Орехово', 'Кравец Сергей Николаевич'],
  ['Штормовская школа', 'с. Штормовое', 'Мамутова Ленура Энверовна'],
  ['Столбовская школа', 'с. Столбовое', 'Литвиненко Татьяна Андреевна'],
  ['Зерновская школа', 'с. Зерновое', 'Гончаренко Виктор Алексеевич'],
  ['Ивановская школа', 'с. Ивановка', 'Ковальчук Марина Сергеевна'],
  ['Митяевская школа', 'с. Митяево', 'Осман Айше Ибраимовна'],
];

/** Ten schools of a demonstration district; directors and phones are invented. */
export const demoSchools: SchoolInput[] = VILLAGES.map(([shortName, place, director], index) => ({
  name: `Муниципальное бюджетное общеобразовательное учреждение «${shortName}» Сакского района Республики Крым (демо)`,
  shortName: `МБОУ «${shortName}»`,
  municipality: MUNICIPALITY,
  address: `${place}, ул. Школьная, д. ${index + 1}`,
  director,
  phone: `+7 (36563) 2-${String(10 + index * 7).padStart(2, '0')}-${String(30 + index).padStart(2, '0')}`,
  email: `school${index + 1}@demo.example`,
}));

/** One person of every role; the `school` user belongs to the first demo school. */
export const demoPeople: readonly { login: string; fullName: string; role: Role }[] = [
  { login: 'koordinator', fullName: 'Демидова Анна Сергеевна', role: 'coordinator' },
  { login: 'inspektor', fullName: 'Петренко Иван Олегович', role: 'inspector' },
  { login: 'inspektor2', fullName: 'Халилова Зарема Рустемовна', role: 'inspector' },
  { login: 'zavuch', fullName: 'Никитина Светлана Павловна', role: 'school' },
  { login: 'admin-demo', fullName: 'Технический администратор', role: 'admin' },
];

export function demoUser(
  person: (typeof demoPeople)[number],
  password: string,
  firstSchoolId: string,
): NewUser {
  return {
    ...person,
    password,
    schoolId: person.role === 'school' ? firstSchoolId : null,
  };
}
