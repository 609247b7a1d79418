// Command-line options of the installer (install.cjs and `/aws-keepalive setup`). Pure.

export interface SetupArgs {
  mode: 'install' | 'uninstall';
  dryRun: boolean;
  statusLine: boolean;
  force: boolean;
  profile: string;
  help: boolean;
  /** `--login TOOL`: set up loginCmd/autoLoginCmd for that login tool instead of wiring settings.json. */
  login: string;
  /** `--role ARN` with --login: pre-selects the role with the tool's own flag. */
  role: string;
  /** `--migrate`: only rewrite a config written for the plugin we replace (every install does it too). */
  migrate: boolean;
  /** `--yes`: take the first setup's proposal even where it had a choice to make. */
  yes: boolean;
}

export const SETUP_USAGE = `usage: node <plugin dir>/dist/install.cjs [options]
  Wires this version of cc-aws-keepalive into Claude Code's settings.json
  (awsCredentialExport, awsAuthRefresh) and creates its config when there is none.
  A first setup (no profile and no login in our config yet) looks at your AWS profiles and the login tools on
  PATH, proposes a config, and writes it when there is only one sensible choice or you confirm with --yes.

  --statusline      also show the credential countdown in the status line; an existing status line
                    keeps running inside ours (moved to statusLineCmd in our config)
  --profile NAME    for a new config: the AWS profile to manage (default: the proposal, AWS_PROFILE, else "default")
  --yes             take the first setup's proposal (the first profile and login tool where there were several)
  --login TOOL      write loginCmd/autoLoginCmd/expirationField for your login tool and install its template
                    (saml2aws, gimme-aws-creds, aws-google-auth, aws-azure-login, okta-aws-cli, onelogin-aws-cli,
                    aws-sso, aws-login, aws-vault, granted, leapp); with --dry-run, print them only
  --role ARN        with --login: the role to pre-select (saml2aws --role, gimme-aws-creds --roles,
                    aws-google-auth -r, okta-aws-cli --aws-iam-role), so no role menu is ever shown
  --migrate         only rewrite a config.json written by the plugin we replace (GeiserX/cc-aws-keepalive) as
                    ours, with a backup; every setup does this too
  --force           replace awsCredentialExport/awsAuthRefresh commands that are not ours (kept for --uninstall)
  --dry-run         show what would change, write nothing
  --uninstall       remove what we added and put back what we replaced
  --help            this text`;

export function parseSetupArgs(argv: readonly string[]): { ok: true; value: SetupArgs } | { ok: false; message: string } {
  const out: SetupArgs = { mode: 'install', dryRun: false, statusLine: false, force: false, profile: '', help: false, login: '', role: '', migrate: false, yes: false };
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
      case '--yes':
      case '-y':
        out.yes = true;
        break;
      case '--migrate':
        out.migrate = true;
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
      case '--role': {
        const v = inline ?? argv[++i];
        if (!v || v.startsWith('--')) return { ok: false, message: '--role needs a role ARN' };
        out.role = v;
        break;
      }
      case '--login': {
        const v = inline ?? argv[++i];
        if (!v || v.startsWith('--')) return { ok: false, message: '--login needs the name of your login tool (e.g. saml2aws)' };
        out.login = v;
        break;
      }
      default:
        return { ok: false, message: `unknown option "${a}"` };
    }
  }
  return { ok: true, value: out };
}
