// Names we place on a command line (an AWS profile, a keychain account, a role ARN). A name that starts like an
// option (`-`) or a redirection (`<`, `>`, `2>`, `|`, `&`: Tcl's `exec` reads those in any word) would become part of
// the command instead of a value, so it is refused with the name and where it came from, never passed on. Pure.
import { describeProfileSource, type ProfileChoice } from '../aws/profile.ts';

const LEADING = /^(-|<|>|2>|\||&)/;

/** Why `name` may not reach a command line, or null when it may. `what`: "profile name"; `from`: "--profile". */
export function nameProblem(name: string, what: string, from: string): string | null {
  const shown = JSON.stringify(name);
  const lead = LEADING.exec(name);
  if (lead) {
    return `the ${what} ${shown} (from ${from}) starts with "${lead[1]}", which a command line reads as an option or a redirection — use a name that starts with a letter or digit`;
  }
  // A line break would end the line a template or a remote shell reads; no tool's name needs one.
  if (/[\x00-\x1f\x7f]/.test(name)) return `the ${what} ${shown} (from ${from}) contains a control character — remove it`;
  return null;
}

/** The run's profile before a login command runs with it (a config written before names were checked may hold one). */
export function profileProblem(p: ProfileChoice): string | null {
  return nameProblem(p.name, 'profile name', describeProfileSource(p));
}

/** What `/aws-keepalive login` prints when it refuses the profile. */
export const refusedLogin = (problem: string): string => `cc-aws-keepalive: ${problem}; no login command was run`;
