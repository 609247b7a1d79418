// Every file location in one place, computed from what the caller passes (no import-time globals).
import { homedir } from 'node:os';
import { win32, posix } from 'node:path';

export interface PathInputs {
  env: Record<string, string | undefined>;
  home: string;
  platform: NodeJS.Platform;
}

export interface Paths {
  home: string;
  configDir: string;
  configJson: string;
  configToml: string;
  stateDir: string;
  claudeDir: string;
  claudeSettings: string;
  awsCredentials: string;
  awsConfig: string;
  /** Where the AWS CLI caches IAM Identity Center tokens; it has no override. */
  awsSsoCache: string;
  /** Where the AWS CLI caches role credentials (SSO, assume-role); no override either. */
  awsCliCache: string;
  /** Where `aws login` keeps its tokens (AWS_LOGIN_CACHE_DIRECTORY overrides). */
  awsLoginCache: string;
}

const nonEmpty = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

export function resolvePaths({ env, home, platform }: PathInputs): Paths {
  const p = platform === 'win32' ? win32 : posix;
  // The AWS SDK expands a leading ~ in these variables; so do we, or we would read a different file than Claude Code.
  const expand = (v: string) => (v === '~' || /^~[\\/]/.test(v) ? p.join(home, v.slice(1)) : v);
  // A relative XDG value is ignored, as the XDG spec says: it would name a folder in the working directory (the
  // user's project), so a repository could ship our config or state. build/launcher.cjs does the same.
  const xdg = (v: string | undefined) => (nonEmpty(v) && p.isAbsolute(expand(v)) ? expand(v) : null);
  const configRoot =
    platform === 'win32'
      ? nonEmpty(env.APPDATA) ? env.APPDATA : p.join(home, 'AppData', 'Roaming')
      : xdg(env.XDG_CONFIG_HOME) ?? p.join(home, '.config');
  const stateRoot =
    platform === 'win32'
      ? nonEmpty(env.LOCALAPPDATA) ? env.LOCALAPPDATA : p.join(home, 'AppData', 'Local')
      : xdg(env.XDG_STATE_HOME) ?? p.join(home, '.local', 'state');
  // Each p.join walks its string a character at a time, and enough of them per start make V8 compile path's code
  // with its optimizing tiers: fixed names are appended to a folder p.join has already made normal.
  const under = (dir: string, ...names: string[]) => [dir.endsWith(p.sep) ? dir.slice(0, -1) : dir, ...names].join(p.sep);
  const awsDir = p.join(home, '.aws');
  const configDir = p.join(configRoot, 'cc-aws-keepalive');
  const stateDir = p.join(stateRoot, 'cc-aws-keepalive');
  const claudeDir = nonEmpty(env.CLAUDE_CONFIG_DIR) ? expand(env.CLAUDE_CONFIG_DIR) : p.join(home, '.claude');
  return {
    home,
    configDir,
    configJson: under(configDir, 'config.json'),
    configToml: under(configDir, 'config.toml'),
    stateDir,
    claudeDir,
    claudeSettings: p.join(claudeDir, 'settings.json'),
    awsCredentials: nonEmpty(env.AWS_SHARED_CREDENTIALS_FILE) ? expand(env.AWS_SHARED_CREDENTIALS_FILE) : under(awsDir, 'credentials'),
    awsConfig: nonEmpty(env.AWS_CONFIG_FILE) ? expand(env.AWS_CONFIG_FILE) : under(awsDir, 'config'),
    awsSsoCache: under(awsDir, 'sso', 'cache'),
    awsCliCache: under(awsDir, 'cli', 'cache'),
    awsLoginCache: nonEmpty(env.AWS_LOGIN_CACHE_DIRECTORY) ? expand(env.AWS_LOGIN_CACHE_DIRECTORY) : under(awsDir, 'login', 'cache'),
  };
}

/** Paths for the running process: the only place that reads the real environment and home directory. */
export function processPaths(): Paths {
  const home = homeDir(process.env, process.platform, homedir);
  return resolvePaths({ env: process.env, home, platform: process.platform });
}

/**
 * The home folder in the AWS SDK's order (@smithy/shared-ini-file-loader getHomeDir): HOME, then USERPROFILE, then
 * HOMEDRIVE+HOMEPATH, then the OS's answer, on every platform. HOME first on Windows too (Git Bash, MSYS and
 * Cygwin set it), so we watch the same `.aws` that Claude Code's SDK reads.
 */
export function homeDir(env: Record<string, string | undefined>, platform: NodeJS.Platform, osHome: () => string): string {
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  if (env.HOMEPATH) return `${env.HOMEDRIVE ?? (platform === 'win32' ? 'C:\\' : 'C:/')}${env.HOMEPATH}`;
  return osHome();
}
