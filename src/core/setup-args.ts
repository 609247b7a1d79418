// Command-line options of the installer (install.cjs and `/aws-keepalive setup`). Pure.

export interface SetupArgs {
  mode: 'install' | 'uninstall';
  dryRun: boolean;
  statusLine: boolean;
  force: boolean;
  profile: string;
  help: boolean;
}

export const SETUP_USAGE = `usage: node <plugin dir>/dist/install.cjs [options]
  Wires this version of cc-aws-keepalive into Claude Code's settings.json
  (awsCredentialExport, awsAuthRefresh) and creates its config when there is none.

  --statusline      also show the credential countdown in the status line; an existing status line
                    keeps running inside ours (moved to statusLineCmd in our config)
  --profile NAME    for a new config: the AWS profile to manage (default: AWS_PROFILE, else "default")
  --force           replace awsCredentialExport/awsAuthRefresh commands that are not ours (kept for --uninstall)
  --dry-run         show what would change, write nothing
  --uninstall       remove what we added and put back what we replaced
  --help            this text`;

export function parseSetupArgs(argv: readonly string[]): { ok: true; value: SetupArgs } | { ok: false; message: string } {
  const out: SetupArgs = { mode: 'install', dryRun: false, statusLine: false, force: false, profile: '', help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    switch (flag) {
      case '--dry-run':
        out.dryRun = true;
        break;
      case '--uninstall':
        out.mode = 'uninstall';
        break;
      case '--statusline':
        out.statusLine = true;
        break;
      case '--force':
        out.force = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--profile': {
        const v = inline ?? argv[++i];
        if (!v || v.startsWith('--')) return { ok: false, message: '--profile needs a profile name' };
        out.profile = v;
        break;
      }
      default:
        return { ok: false, message: `unknown option "${a}"` };
    }
  }
  return { ok: true, value: out };
}
