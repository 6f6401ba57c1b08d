import { useState } from 'react';
import type { AuditEntry, AuditPage } from '../../../../shared/schemas/audit.ts';
import { fetchAuditPage } from '../../../api/audit-api.ts';
import { useRequest, type Request } from '../../../lib/use-request.ts';
import { useServerData, type ServerData } from '../use-server-data.ts';

/** The audit log read so far, newest first, and how to read the next (older) page. */
export interface AuditLog {
  first: ServerData<AuditPage>;
  entries: AuditEntry[];
  hasMore: boolean;
  more: Request;
  loadMore: () => Promise<void>;
}

const loadFirstPage = (token: string) => fetchAuditPage(token);

/** Pages of the audit log: the first read when the tab opens, older ones on demand. */
export function useAuditLog(token: string, online: boolean): AuditLog {
  const first = useServerData(loadFirstPage, token, online);
  const more = useRequest();
  const [older, setOlder] = useState<{ base: AuditPage; pages: AuditPage[] }>();
  // Reading the first page again starts the paging over.
  const pages = older && older.base === first.data ? older.pages : [];
  const last = pages.at(-1) ?? first.data;
  const before = last?.nextBefore ?? null;

  const loadMore = async () => {
    const base = first.data;
    if (!base || before === null) return;
    const page = await more.run(() => fetchAuditPage(token, before));
    if (page) setOlder({ base, pages: [...pages, page] });
  };
  const entries = [first.data, ...pages].flatMap((page) => page?.entries ?? []);
  return { first, entries, hasMore: before !== null, more, loadMore };
}
