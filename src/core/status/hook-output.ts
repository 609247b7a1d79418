// The prompt hook's stdout. Claude Code shows plain stdout only to the model and drops stderr, so a warning the
// user must see goes into `systemMessage` (printed in the interactive UI as `UserPromptSubmit says: …`) and the
// model's copy into `hookSpecificOutput.additionalContext`. Never `decision: "block"`: a blocked prompt is lost.
import type { HookMessages } from './hook-message.ts';
import { stripControl } from '../text.ts';

/** '' (print nothing) when there is nothing to say; otherwise one line of JSON. */
export function renderHookOutput(m: HookMessages): string {
  if (!m.user && !m.model) return '';
  const out: { systemMessage?: string; hookSpecificOutput?: { hookEventName: 'UserPromptSubmit'; additionalContext: string } } = {};
  // Commands, profile names and paths in the text are the user's: none of their escape sequences reach the UI.
  if (m.user) out.systemMessage = stripControl(m.user);
  if (m.model) out.hookSpecificOutput = { hookEventName: 'UserPromptSubmit', additionalContext: stripControl(m.model) };
  return `${JSON.stringify(out)}\n`;
}
