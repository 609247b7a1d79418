// What Claude Code sends a UserPromptSubmit hook on stdin. Loose on purpose: every field optional, unknown fields
// kept, and a field of the wrong type costs only that field, so a client change can never break the hook.
import * as v from 'valibot';

const text = v.fallback(v.optional(v.string()), undefined);

export const HookInputSchema = v.looseObject({
  session_id: text,
  transcript_path: text,
  cwd: text,
  hook_event_name: text,
  /** The raw prompt; for a slash command the client knows, its literal text (`/cc-aws-keepalive:aws-keepalive status`). */
  prompt: text,
});

export type HookInput = v.InferOutput<typeof HookInputSchema>;

/** Never throws: empty, truncated or non-object stdin reads as `{}`. */
export function parseHookInput(raw: string): HookInput {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  const r = v.safeParse(HookInputSchema, json);
  return r.success ? r.output : {};
}
