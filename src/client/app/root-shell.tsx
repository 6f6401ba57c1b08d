import { Outlet } from 'react-router';
import { UpdatePrompt } from '../pwa/update-prompt.tsx';

/** Wraps every screen, the login screen included: the update prompt may appear anywhere. */
export function RootShell() {
  return (
    <>
      <UpdatePrompt />
      <Outlet />
    </>
  );
}
