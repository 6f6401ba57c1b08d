import { describe, expect, it } from 'vitest';
import { en as enCore } from '../../src/client/i18n/en.ts';
import { dashboardEn } from '../../src/client/i18n/en-dashboard.ts';
import { directoryEn } from '../../src/client/i18n/en-directory.ts';
import { dashboardRu } from '../../src/client/i18n/ru-dashboard.ts';
import { directoryRu } from '../../src/client/i18n/ru-directory.ts';
import { ru as ruCore } from '../../src/client/i18n/ru.ts';

/** The catalogues as a coordinator's screens see them, with the texts they load later. */
const ru = { ...ruCore, dashboard: dashboardRu, directory: directoryRu };
const en = { ...enCore, dashboard: dashboardEn, directory: directoryEn };
import { problemCodes } from '../../src/shared/schemas/problem.ts';
import { problemMessagesRu } from '../../src/shared/problem-messages.ts';
import { roles } from '../../src/shared/schemas/user.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (tree: Tree) =>
  new Set([...leaves(tree).keys()].map((k) => k.replace(PLURAL, '')));

describe('translation catalogues', () => {
  const ruLeaves = leaves(ru);
  const enLeaves = leaves(en);

  it('have the same keys in Russian and English', () => {
    expect([...baseKeys(en)].sort()).toEqual([...baseKeys(ru)].sort());
  });

  it('give every Russian plural the forms one, few, many and other; English one and other', () => {
    const plurals = [...ruLeaves.keys()]
      .filter((k) => PLURAL.test(k))
      .map((k) => k.replace(PLURAL, ''));
    expect(plurals.length).toBeGreaterThan(0);
    for (const base of new Set(plurals)) {
      for (const form of ['one', 'few', 'many', 'other'])
        expect(ruLeaves.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
      for (const form of ['one', 'other'])
        expect(enLeaves.has(`${base}_${form}`), `en ${base}_${form}`).toBe(true);
    }
  });

  it('have no empty text and keep the same placeholders in both languages', () => {
    for (const [key, text] of ruLeaves) {
      expect(text.trim(), key).not.toBe('');
      const enText = enLeaves.get(key) ?? enLeaves.get(`${key.replace(PLURAL, '')}_other`) ?? '';
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(enText), key).toEqual(placeholders(text));
    }
  });

  it('explain every API problem and every role to people, in both languages', () => {
    for (const code of problemCodes) {
      expect(ruLeaves.get(`problems.${code}`), code).toBeTruthy();
      expect(enLeaves.get(`problems.${code}`), code).toBeTruthy();
      expect(problemMessagesRu[code]).toMatch(/[А-Яа-яЁё]/);
    }
    for (const role of roles) expect(ruLeaves.get(`roles.${role}`), role).toBeTruthy();
  });
});
