import { redirect } from 'react-router';
import { appDatabase } from '../db/app-database.ts';
import { readSession } from '../db/session-repository.ts';

/** Screens behind sign-in: a device without a session goes to the login screen. */
export async function requireSession() {
  const session = await readSession(appDatabase());
  if (!session) return redirect('/login');
  return null;
}

/** The login screen is skipped by someone signed in, unless the server asks for a new sign-in. */
export async function skipLoginWhenSignedIn() {
  const session = await readSession(appDatabase());
  if (session && !session.needsSignIn) return redirect('/');
  return null;
}
