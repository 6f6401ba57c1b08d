import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { findChecklistDefinition } from '../../src/server/queries/checklist-versions.ts';
import { ensureBuiltinChecklists } from '../../src/server/services/builtin-checklists-seed.ts';
import type { ChecklistDefinitionInput } from '../../src/shared/checklist/definition-schema.ts';
import { auditPageSchema } from '../../src/shared/schemas/audit.ts';
import {
  checklistImportResponseSchema,
  checklistListResponseSchema,
  checklistVersionSchema,
} from '../../src/shared/schemas/checklist-version.ts';
import { problemSchema } from '../../src/shared/schemas/problem.ts';
import type { Role } from '../../src/shared/schemas/user.ts';
import { builtinChecklists } from '../../src/shared/templates/builtin-checklists.ts';
import { startTestApp } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addUser, TEST_PASSWORD } from '../fixtures/users.ts';

/** A small district checklist: one section, two questions. */
function districtChecklist(
  version: number,
  title = 'Проверка сайта школы',
): ChecklistDefinitionInput {
  return {
    id: 'site-check',
    version,
    title,
    shortTitle: 'Сайт',
    sections: [
      {
        key: 'site',
        title: 'Сайт',
        items: [
          { kind: 'yes_no', key: 'has_page', label: 'Есть страница об ЭЖ', source: 'тест' },
          { kind: 'text', key: 'page_url', label: 'Адрес страницы', source: 'тест' },
        ],
      },
    ],
  };
}

describe.each(testDatabases)('checklist versions on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  const tokens = new Map<Role, string>();
  let coordinatorName = '';

  beforeAll(async () => {
    db = await open();
    expect(await ensureBuiltinChecklists(db)).toEqual([
      'readiness@1',
      'ict-competence@1',
      'journal-compliance@1',
    ]);
    ({ app } = await startTestApp(db, { env: { LOGIN_RATE_LIMIT: '1000' } }));
    for (const role of ['inspector', 'school', 'coordinator', 'admin'] as const) {
      const user = await addUser(db, role);
      if (role === 'coordinator') coordinatorName = user.fullName;
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: user.login, password: TEST_PASSWORD },
      });
      tokens.set(role, response.json<{ token: string }>().token);
    }
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const as = (role: Role) => ({ authorization: `Bearer ${tokens.get(role) ?? ''}` });

  async function list(role: Role, status?: 'all') {
    const response = await app.inject({
      url: `/api/checklists${status ? `?status=${status}` : ''}`,
      headers: as(role),
    });
    expect(response.statusCode).toBe(200);
    return checklistListResponseSchema.parse(response.json()).checklists;
  }

  function importDefinition(role: Role, definition: unknown) {
    return app.inject({
      method: 'POST',
      url: '/api/checklists',
      headers: as(role),
      payload: definition as object,
    });
  }

  it('writes the built-in checklists once, however many servers start', async () => {
    expect(await ensureBuiltinChecklists(db)).toEqual([]);
    const fresh = await open();
    try {
      const written = await Promise.all([
        ensureBuiltinChecklists(fresh),
        ensureBuiltinChecklists(fresh),
      ]);
      expect(written.flat().sort()).toEqual([
        'ict-competence@1',
        'journal-compliance@1',
        'readiness@1',
      ]);
      const rows = await fresh.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM checklist_versions WHERE status = 'published'",
      );
      expect(rows[0]?.n).toBe(3);
    } finally {
      await fresh.close();
    }
  });

  it.each(['inspector', 'school', 'coordinator'] as const)(
    'gives a %s every published version with its whole definition',
    async (role) => {
      const checklists = await list(role);
      expect(checklists.map((c) => `${c.checklistId}@${String(c.version)}`)).toEqual([
        'ict-competence@1',
        'journal-compliance@1',
        'readiness@1',
      ]);
      const readiness = checklists.find((c) => c.checklistId === 'readiness');
      expect(readiness).toMatchObject({
        status: 'published',
        title: 'Готовность материально-технической базы и организационных условий',
        createdBy: null,
        publishedBy: null,
      });
      expect(readiness?.definition).toEqual(builtinChecklists[0]);
    },
  );

  it.each(['inspector', 'school'] as const)('does not show drafts to a %s', async (role) => {
    const response = await app.inject({ url: '/api/checklists?status=all', headers: as(role) });
    expect(response.statusCode).toBe(403);
    expect(problemSchema.parse(response.json())).toMatchObject({
      code: 'forbidden',
      message: 'Черновики чек-листов видят только координатор и администратор.',
    });
  });

  it('exports a version as a JSON file that imports back as the next version', async () => {
    const response = await app.inject({
      url: '/api/checklists/readiness/1',
      headers: as('inspector'),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="readiness-v1.json"; filename*=UTF-8''readiness-v1.json`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const exported = response.json<Record<string, unknown>>();
    expect(exported).toEqual(builtinChecklists[0]);

    const again = await importDefinition('coordinator', { ...exported, version: 2 });
    expect(again.statusCode).toBe(201);
    const deleted = await app.inject({
      method: 'DELETE',
      url: '/api/checklists/readiness/2',
      headers: as('coordinator'),
    });
    expect(deleted.json()).toEqual({ deleted: { checklistId: 'readiness', version: 2 } });
  });

  it('answers an unknown version or a bad address with a problem', async () => {
    const missing = await app.inject({ url: '/api/checklists/readiness/7', headers: as('admin') });
    expect(missing.statusCode).toBe(404);
    expect(problemSchema.parse(missing.json()).message).toBe(
      'Чек-лист «readiness» версии 7 не найден.',
    );
    const bad = await app.inject({ url: '/api/checklists/Readiness/x', headers: as('admin') });
    expect(bad.statusCode).toBe(400);
    expect(problemSchema.parse(bad.json()).code).toBe('validation_failed');
  });

  it('imports a draft, replaces it, publishes it once, and then it never changes', async () => {
    const first = await importDefinition('coordinator', districtChecklist(1));
    expect(first.statusCode).toBe(201);
    expect(checklistImportResponseSchema.parse(first.json())).toMatchObject({
      replaced: false,
      checklist: { checklistId: 'site-check', version: 1, status: 'draft', publishedAt: null },
    });
    const second = await importDefinition('admin', districtChecklist(1, 'Сайт школы и ЭЖ'));
    expect(checklistImportResponseSchema.parse(second.json())).toMatchObject({
      replaced: true,
      checklist: { title: 'Сайт школы и ЭЖ', status: 'draft' },
    });
    expect(
      (await list('coordinator', 'all')).filter((c) => c.checklistId === 'site-check'),
    ).toHaveLength(1);
    expect((await list('inspector')).some((c) => c.checklistId === 'site-check')).toBe(false);
    expect(await findChecklistDefinition(db, 'site-check', 1)).toBeUndefined();
    const hiddenDraft = await app.inject({
      url: '/api/checklists/site-check/1',
      headers: as('inspector'),
    });
    expect(hiddenDraft.statusCode).toBe(404);

    const published = await app.inject({
      method: 'POST',
      url: '/api/checklists/site-check/1/publish',
      headers: as('coordinator'),
    });
    expect(published.statusCode).toBe(200);
    expect(checklistVersionSchema.parse(published.json())).toMatchObject({
      status: 'published',
      title: 'Сайт школы и ЭЖ',
      publishedBy: { fullName: coordinatorName },
    });
    expect((await list('inspector')).map((c) => c.checklistId)).toContain('site-check');
    expect((await findChecklistDefinition(db, 'site-check', 1))?.title).toBe('Сайт школы и ЭЖ');

    const again = await app.inject({
      method: 'POST',
      url: '/api/checklists/site-check/1/publish',
      headers: as('coordinator'),
    });
    expect(again.statusCode).toBe(409);
    expect(problemSchema.parse(again.json()).message).toBe(
      'Чек-лист «site-check» версии 1 уже опубликован и не меняется.',
    );
    const reimport = await importDefinition('coordinator', districtChecklist(1, 'Другое'));
    expect(reimport.statusCode).toBe(409);
    expect(problemSchema.parse(reimport.json()).message).toBe(
      'Опубликована версия 1 чек-листа «site-check»: новая версия должна быть больше 1.',
    );
    const removal = await app.inject({
      method: 'DELETE',
      url: '/api/checklists/site-check/1',
      headers: as('coordinator'),
    });
    expect(removal.statusCode).toBe(409);
    expect((await findChecklistDefinition(db, 'site-check', 1))?.title).toBe('Сайт школы и ЭЖ');
  });

  it('refuses, through SQL too, to change or remove a published version', async () => {
    await expect(
      db.query("UPDATE checklist_versions SET title = 'x' WHERE checklist_id = 'readiness'"),
    ).rejects.toThrow(/readiness\/1 is published and cannot change/);
    await expect(
      db.query("DELETE FROM checklist_versions WHERE checklist_id = 'ict-competence'"),
    ).rejects.toThrow(/is published and cannot change/);
    expect((await findChecklistDefinition(db, 'ict-competence', 1))?.title).toBe(
      'ИКТ-компетентность педагогических работников',
    );
  });

  it('does not publish a draft below a version published meanwhile', async () => {
    await importDefinition('coordinator', districtChecklist(3));
    await importDefinition('coordinator', districtChecklist(2));
    const publish = (version: number) =>
      app.inject({
        method: 'POST',
        url: `/api/checklists/site-check/${String(version)}/publish`,
        headers: as('coordinator'),
      });
    expect((await publish(3)).statusCode).toBe(200);
    const late = await publish(2);
    expect(late.statusCode).toBe(409);
    expect(problemSchema.parse(late.json()).details).toMatchObject({ latestPublished: 3 });
    const removed = await app.inject({
      method: 'DELETE',
      url: '/api/checklists/site-check/2',
      headers: as('admin'),
    });
    expect(removed.statusCode).toBe(200);
    const gone = await app.inject({
      method: 'DELETE',
      url: '/api/checklists/site-check/2',
      headers: as('admin'),
    });
    expect(gone.statusCode).toBe(404);
  });

  it.each([
    [
      'a key used twice',
      {
        ...districtChecklist(9),
        sections: [
          {
            key: 'site',
            title: 'Сайт',
            items: [
              { kind: 'yes_no', key: 'same', label: 'Первый', source: 'тест' },
              { kind: 'yes_no', key: 'same', label: 'Второй', source: 'тест' },
            ],
          },
        ],
      },
      { path: 'sections.0.items.1.key', message: 'Ключ «same» уже занят' },
    ],
    [
      'a wrong identifier',
      { ...districtChecklist(9), id: 'Сайт' },
      { path: 'id', message: 'Идентификатор — латиница в нижнем регистре, цифры и «-»' },
    ],
    [
      'no sections',
      { ...districtChecklist(9), sections: [] },
      { path: 'sections', message: expect.stringMatching(/^Слишком мал/) as unknown as string },
    ],
  ])('refuses a definition with %s and saves nothing', async (_what, definition, issue) => {
    const before = await list('coordinator', 'all');
    const response = await importDefinition('coordinator', definition);
    expect(response.statusCode).toBe(400);
    const problem = problemSchema.parse(response.json());
    expect(problem.code).toBe('validation_failed');
    expect(problem.details?.issues).toContainEqual(issue);
    expect(await list('coordinator', 'all')).toEqual(before);
  });

  it.each(['inspector', 'school'] as const)(
    'forbids a %s to import, publish or delete',
    async (role) => {
      const requests = [
        { method: 'POST' as const, url: '/api/checklists', payload: districtChecklist(20) },
        { method: 'POST' as const, url: '/api/checklists/site-check/3/publish' },
        { method: 'DELETE' as const, url: '/api/checklists/site-check/3' },
      ];
      for (const request of requests) {
        const response = await app.inject({ ...request, headers: as(role) });
        expect(response.statusCode).toBe(403);
        expect(problemSchema.parse(response.json()).code).toBe('forbidden');
      }
    },
  );

  it('keeps each change in the audit log, newest first', async () => {
    const response = await app.inject({ url: '/api/audit?limit=200', headers: as('admin') });
    const { entries } = auditPageSchema.parse(response.json());
    const checklistLines = entries
      .filter((entry) => entry.action.startsWith('checklist.'))
      .map((entry) => [entry.action, entry.details.checklistId].join(' '));
    expect(checklistLines).toEqual([
      'checklist.delete site-check',
      'checklist.publish site-check',
      'checklist.import site-check',
      'checklist.import site-check',
      'checklist.publish site-check',
      'checklist.import site-check',
      'checklist.import site-check',
      'checklist.delete readiness',
      'checklist.import readiness',
      'checklist.builtin ',
    ]);
    expect(entries.find((entry) => entry.action === 'checklist.builtin')?.details).toEqual({
      versions: ['readiness@1', 'ict-competence@1', 'journal-compliance@1'],
    });
    const publish = entries.find((entry) => entry.action === 'checklist.publish');
    expect(publish?.user?.fullName).toBe(coordinatorName);
  });
});

describe('finding a published definition', () => {
  it('reads each database’s own version even when the process has read another’s', async () => {
    const [one, two] = await Promise.all([testDatabases[0]!.open(), testDatabases[0]!.open()]);
    try {
      const publish = async (db: Db, title: string) => {
        const definition = districtChecklist(1, title);
        await db.query(
          `INSERT INTO checklist_versions (checklist_id, version, title, definition, status, published_at)
           VALUES ('site-check', 1, $1, $2, 'published', now())`,
          [title, JSON.stringify(definition)],
        );
      };
      await publish(one, 'Первый район');
      await publish(two, 'Второй район');
      expect((await findChecklistDefinition(one, 'site-check', 1))?.title).toBe('Первый район');
      expect((await findChecklistDefinition(two, 'site-check', 1))?.title).toBe('Второй район');
      expect((await findChecklistDefinition(one, 'site-check', 1))?.title).toBe('Первый район');
      expect((await findChecklistDefinition(one, 'readiness', 1))?.title).toBe(
        builtinChecklists[0]?.title,
      );
      expect(await findChecklistDefinition(one, 'site-check', 2)).toBeUndefined();
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
