// What Claude Code sends a UserPromptSubmit hook on stdin. Loose on purpose: every field optional, unknown fields
// kept, and a field of the wrong type costs only that field, so a client change can never break the hook.
import { looseStringFields } from './loose-json.ts';

const FIELDS = [
  'session_id',
  'transcript_path',
  'cwd',
  'hook_event_name',
  /** The raw prompt; for a slash command the client knows, its literal text (`/cc-aws-keepalive:aws-keepalive status`). */
  'prompt',
] as const;

export type HookInput = Partial<Record<(typeof FIELDS)[number], string>>;

/** Never throws: empty, truncated or non-object stdin reads as `{}`. */
export function parseHookInput(raw: string): HookInput {
  return looseStringFields(raw, FIELDS);
}
