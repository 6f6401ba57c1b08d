import { useOutletContext } from 'react-router';
import type { User } from '../../../shared/schemas/user.ts';

/** What every tab of the directory gets from the page around it. */
export interface DirectoryContext {
  token: string;
  online: boolean;
  /** The person signed in (nobody switches off their own account). */
  me: User;
}

/** The directory page's context, inside one of its tabs. */
export function useDirectoryContext(): DirectoryContext {
  return useOutletContext<DirectoryContext>();
}
