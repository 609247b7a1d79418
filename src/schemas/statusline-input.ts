// What Claude Code sends a status line command on stdin (session_id, model, workspace, cost, context_window, …).
// We pass the raw text on to the user's own status line command untouched; we read only the session id, to keep
// each session's last good output apart. Loose: every field optional, a wrongly typed field is dropped.
import * as v from 'valibot';

export const StatusLineInputSchema = v.looseObject({
  session_id: v.fallback(v.optional(v.string()), undefined),
});

export type StatusLineInput = v.InferOutput<typeof StatusLineInputSchema>;

/** Never throws: anything that is not a JSON object reads as `{}`. */
export function parseStatusLineInput(raw: string): StatusLineInput {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  const r = v.safeParse(StatusLineInputSchema, json);
  return r.success ? r.output : {};
}
