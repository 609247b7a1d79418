// The /aws-keepalive subcommands, typed as a slash command or given to dist/cli.cjs. Pure.

export type Subcommand = 'status' | 'doctor' | 'login' | 'sync' | 'setup' | 'help';
const SUBCOMMANDS: readonly Subcommand[] = ['status', 'doctor', 'login', 'sync', 'setup', 'help'];

export const CLI_USAGE = `usage: /aws-keepalive [status|doctor|login|sync|setup|help]   (in a terminal: node <plugin dir>/dist/cli.cjs …)
  status   profile, expiry and where they come from, last auto-login, config, settings.json wiring
  doctor   every check with ✓/✗ and the fix
  login    run autoLoginCmd now (in a terminal: in the foreground, with its output)
           --test: run it exactly as Claude Code will (no terminal, stdin closed, the deadline) and say what to fix
  sync     copy the credentials to every syncTargets entry now and show each result
  setup    wire settings.json to this version (options: --statusline --force --dry-run --uninstall --profile NAME)
           --login TOOL: write loginCmd/autoLoginCmd for your login tool (saml2aws, aws-azure-login, …)`;

export type Parsed = { ok: true; sub: Subcommand; args: string[] } | { ok: false; message: string };

export function parseCliArgs(argv: readonly string[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined) return { ok: true, sub: 'status', args: [] };
  const sub = first.toLowerCase().replace(/^--?/, '');
  if ((SUBCOMMANDS as readonly string[]).includes(sub)) return { ok: true, sub: sub as Subcommand, args: rest };
  return { ok: false, message: `unknown subcommand "${first}"` };
}

/** `/aws-keepalive …` or `/cc-aws-keepalive:aws-keepalive …` → its words; null for any other prompt. */
export function slashCommandWords(prompt: string): string[] | null {
  // Every prompt passes here: most are not ours, and that needs no regular expression.
  if (!prompt.includes('aws-keepalive')) return null;
  const m = /^\s*\/(?:cc-aws-keepalive:)?aws-keepalive(?:\s+([\s\S]*))?$/.exec(prompt);
  if (!m) return null;
  return (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
}
