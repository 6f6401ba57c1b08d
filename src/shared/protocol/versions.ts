/**
 * The version of the data shapes exchanged between the app and the server.
 * Raised whenever a request or response changes incompatibly; a client that
 * sends an older number is told to update and keeps everything it holds.
 */
export const API_SCHEMA_VERSION = 1;

/** Header that carries API_SCHEMA_VERSION on every request from the app. */
export const SCHEMA_VERSION_HEADER = 'x-schema-version';
