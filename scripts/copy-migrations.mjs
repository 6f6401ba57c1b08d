// The server is compiled by tsc, which copies no SQL: put the migrations beside it.
import { cp } from 'node:fs/promises';

await cp('src/server/db/migrations', 'dist/node/server/db/migrations', { recursive: true });
