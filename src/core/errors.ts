// Errors are values: every failure names what went wrong and how to fix it, and is printed as one line.
import { stripControl } from './text.ts';
export type ErrorCode =
  // settings.json and config edits (install, self-heal)
  | 'SETTINGS_PARSE'
  | 'SETTINGS_NOT_OBJECT'
  | 'SETTINGS_DUPLICATE'
  | 'SETTINGS_CONFLICT'
  | 'SETTINGS_READ'
  | 'SETTINGS_READONLY'
  | 'SETTINGS_CHANGED'
  | 'SETTINGS_WRITE'
  | 'CONFIG_WRITE'
  | 'CONFIG_PARSE'
  | 'CONFIG_BOTH'
  | 'CONFIG_READ'
  | 'CREDS_MISSING'
  | 'CREDS_READ'
  | 'CREDS_TOO_LARGE'
  | 'PROFILE_NOT_FOUND'
  | 'KEYS_MISSING'
  | 'NO_SESSION_TOKEN'
  | 'EXPIRED'
  | 'AWS_CLI'
  | 'SSO_PORTAL'
  | 'SSO_CONFIG'
  | 'CREDENTIAL_PROCESS';

export interface AppError {
  code: ErrorCode;
  message: string;
  hint: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, hint: string): Result<never> => ({
  ok: false,
  error: { code, message, hint },
});

/** The single line a user sees: what happened, then the fix. */
export function formatError(e: AppError): string {
  // Paths, profile names and commands in it are the user's text: no escape sequence of theirs reaches a terminal.
  return stripControl(`cc-aws-keepalive: ${e.message}${e.hint ? ` — ${e.hint}` : ''}`);
}
