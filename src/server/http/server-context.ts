import type { MeResponse } from '../../shared/schemas/auth.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/port.ts';

/** What every endpoint may reach: the database, the configuration and the clock. */
export interface ServerContext {
  db: Db;
  config: Config;
  version: string;
  now: () => Date;
  auth: { authenticate: (token: string) => Promise<MeResponse> };
}
