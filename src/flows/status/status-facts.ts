// Gathers what `status` and `doctor` show: reads our config, the AWS files, our state and lock, settings.json.
// No child process; the network only for doctor's STS probe when the expiry is unknown (short deadline).
import { join } from 'node:path';
import { commandProgram, type DoctorFacts } from '../../core/status/doctor.ts';
import { credentialFingerprint, stsTarget } from '../../core/aws/sts-plan.ts';
import type { StatusFacts } from '../../core/status/status-report.ts';
import { findScript } from '../../core/settings/command-path.ts';
import { commandOf, isRecord, SCRIPT_OF } from '../../core/settings/wiring.ts';
import { notifierProgram } from '../../core/login/mfa-detect.ts';
import { VERSION } from '../../version.ts';
import type { Context } from '../../io/config/context.ts';
import { inspectLock } from '../login/login-lock.ts';
import type { Paths } from '../../io/system/paths.ts';
import { readState } from '../../io/system/state-file.ts';
import { probeAndCache } from '../../io/aws/sts.ts';
import { findProgram } from '../../io/system/program-path.ts';
import { claudeVersion } from '../../io/settings/claude-version.ts';
import { checkWiring } from '../settings/wiring-report.ts';
import { profileMismatch, seenAwsProfile } from '../../core/aws/profile-mismatch.ts';
import { claudeSettingsEnvs } from '../../io/settings/claude-aws-profile.ts';
import { readOwnText } from '../../io/system/safe-read.ts';
import type { ProfileSnapshot } from '../aws/profile-snapshot.ts';

export interface FactsInput {
  env: Record<string, string | undefined>;
  paths: Paths;
  /** This plugin directory. */
  root: string;
  platform: NodeJS.Platform;
  now: number;
  /** The Node.js running us. */
  nodeVersion: string;
  /** Our config and the profile it names, as the command read them. */
  ctx: Context;
  /** The command's profile snapshot (flows/aws/profile-snapshot.ts), read once for all its parts. */
  profile: ProfileSnapshot;
  /** The project folder Claude Code runs in (its .claude/settings*.json override the user's). */
  cwd: string;
}

export async function gatherStatus(i: FactsInput): Promise<StatusFacts> {
  return (await gather(i)).facts;
}

async function gather(i: FactsInput) {
  const { ctx } = i;
  const snapshot = i.profile;
  const profile = snapshot.profile;
  const state = readState(i.paths, ctx.profile.name);
  const wiring = checkWiring(i.paths, i.root, i.platform);
  // A verdict about keys no longer on disk says nothing about the ones there now.
  const key = profile.ok && profile.value.kind === 'file' ? credentialFingerprint(profile.value.creds.accessKeyId) : null;
  const sts = state.sts && (!state.sts.key || state.sts.key === key) ? state.sts : null;
  const facts: StatusFacts = {
    now: i.now,
    version: VERSION,
    root: i.root,
    profile: ctx.profile,
    config: ctx.loaded.config,
    configFile: ctx.loaded.file,
    configPath: i.paths.configJson,
    configWarnings: ctx.loaded.warnings,
    loginHint: snapshot.loginHint,
    profileNote: profileMismatch(ctx.profile, seenAwsProfile(i.env.AWS_PROFILE, claudeSettingsEnvs(i.paths, i.cwd))),
    source: profile.ok
      ? { ok: true, value: { kind: profile.value.kind, file: profile.value.file, configKind: profile.value.kind === 'config' ? profile.value.config.kind : null, ssoSession: profile.value.kind === 'config' && profile.value.config.sso ? profile.value.config.sso.session : null, expiry: profile.value.expiry } }
      : profile,
    sts,
    lastLogin: state.lastLogin ?? null,
    lock: inspectLock(i.paths, ctx.profile.name, i.now),
    settingsFile: i.paths.claudeSettings,
    settings: wiring.settings,
    wires: wiring.wires.map((w) => ({ key: w.wire.key, state: w.state, command: w.wire.command })),
  };
  return { facts, ctx, profile, snapshot, settingsValues: wiring.values };
}

export async function gatherDoctor(i: FactsInput & { stsTimeoutMs: number }): Promise<DoctorFacts> {
  const { facts: s, ctx, profile: p, snapshot } = await gather(i);
  let sts = s.sts;
  // Without an expiry only STS can say whether the keys still work; ask once, briefly.
  if (!sts && p.ok && p.value.kind === 'file' && p.value.expiry.expiresAt === null) {
    const answer = await probeAndCache(i.paths, ctx.profile.name, p.value.creds, stsTarget(i.env, snapshot.region(), ctx.profile.name), i.stsTimeoutMs);
    if (answer.verdict !== 'unknown') sts = { checkedAt: i.now, valid: answer.verdict === 'valid', reason: answer.reason };
  }
  const program = (cmd: string) => {
    const word = cmd.trim() ? commandProgram(cmd) : null;
    return word ? { word, found: findProgram(word, i.env, i.platform) } : null;
  };
  return {
    ...s,
    sts,
    nodeVersion: i.nodeVersion,
    nodeOnPath: findProgram('node', i.env, i.platform),
    claudeEnv: [
      { from: 'the environment', env: i.env },
      ...claudeSettingsEnvs(i.paths, i.cwd).map((l) => ({ from: l.file, env: l.env ?? {} })),
    ],
    autoLoginProgram: program(s.config.autoLoginCmd),
    statusLineProgram: program(s.config.statusLineCmd),
    notifier: s.config.notify && s.config.autoLoginCmd.trim() ? program(notifierProgram(i.platform)) : null,
    projectOverrides: projectOverrides(i.cwd, i.paths),
    claudeVersion: claudeVersion(i.env, i.stsTimeoutMs),
  };
}

/** Our two keys in `<cwd>/.claude/settings.json` and `settings.local.json` (not the user's own file). */
function projectOverrides(cwd: string, paths: Paths): DoctorFacts['projectOverrides'] {
  const out: DoctorFacts['projectOverrides'] = [];
  for (const name of ['settings.json', 'settings.local.json']) {
    const file = join(cwd, '.claude', name);
    if (file === paths.claudeSettings) continue;
    let value: unknown;
    try {
      value = JSON.parse(readOwnText(file) ?? '');
    } catch {
      continue;
    }
    if (!isRecord(value)) continue;
    for (const key of ['awsCredentialExport', 'awsAuthRefresh'] as const) {
      const command = commandOf(value, key);
      if (command !== null) out.push({ file, key, command, ours: findScript(command, SCRIPT_OF[key]) !== null });
    }
  }
  return out;
}
