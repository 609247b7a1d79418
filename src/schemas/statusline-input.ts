// What Claude Code sends a status line command on stdin (session_id, model, workspace, cost, context_window, …).
// We pass the raw text on to the user's own status line command untouched; we read only the session id, to keep
// each session's last good output apart. Loose: every field optional, a wrongly typed field is dropped.
import { looseStringFields } from './loose-json.ts';

export interface StatusLineInput {
  session_id?: string;
}

/** Never throws: anything that is not a JSON object reads as `{}`. */
export function parseStatusLineInput(raw: string): StatusLineInput {
  return looseStringFields(raw, ['session_id']);
}
