import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  randomPassword,
  verifyPassword,
} from '../../src/server/services/passwords.ts';

describe('passwords', () => {
  it('verify only the password they were made from, and never store it', async () => {
    const hash = await hashPassword('Пароль инспектора 2026');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(hash).not.toContain('Пароль');
    expect(await verifyPassword('Пароль инспектора 2026', hash)).toBe(true);
    expect(await verifyPassword('пароль инспектора 2026', hash)).toBe(false);
  });

  it('salt every hash', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'));
  });

  it.each(['', 'plain', 'scrypt$1$2', 'bcrypt$16384$8$1$c2FsdA$aGFzaA'])(
    'reject a malformed stored hash %j',
    async (stored) => {
      expect(await verifyPassword('anything', stored)).toBe(false);
    },
  );

  it('generate random passwords without look-alike characters', () => {
    const passwords = new Set(Array.from({ length: 50 }, randomPassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{15}$/);
  });
});
