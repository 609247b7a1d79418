// Gathers what `status` and `doctor` show: reads our config, the AWS files, our state and lock, settings.json.
// No child process; the network only for doctor: its STS probe when the expiry is unknown, and one unauthenticated
// HEAD per AWS endpoint the profile uses, through the proxy and CA the real calls would use (short deadlines).
import { join } from 'node:path';
import { commandProgram, type DoctorFacts, type NetworkCheck } from '../../core/status/doctor.ts';
import { serviceEndpoint } from '../../core/aws/endpoints.ts';
import { routeFor } from '../../core/net/route.ts';
import { probeReachable } from '../../io/net/http.ts';
import { credentialFingerprint, stsTarget } from '../../core/aws/sts-plan.ts';
import type { StatusFacts } from '../../core/status/status-report.ts';
import { findScript } from '../../core/settings/command-path.ts';
import { commandOf, isRecord, SCRIPT_OF } from '../../core/settings/wiring.ts';
import { notifierProgram } from '../../core/login/mfa-detect.ts';
import { guardSummary } from '../../core/login/login-guard.ts';
import { markOf } from '../../core/login/credentials-mark.ts';
import { VERSION } from '../../version.ts';
import type { Context } from '../../io/config/context.ts';
import { inspectLock } from '../login/login-lock.ts';
import { readState } from '../../io/system/state-file.ts';
import { probeAndCache } from '../../io/aws/sts.ts';
import { findProgram } from '../../io/system/program-path.ts';
import { findGitBash } from '../../io/system/claude-shell.ts';
import { claudeVersion } from '../../io/settings/claude-version.ts';
import { checkWiring } from '../settings/wiring-report.ts';
import { profileMismatch, seenAwsProfile } from '../../core/settings/profile-mismatch.ts';
import { claudeSettingsEnvs } from '../../io/settings/claude-aws-profile.ts';
import { readOwnText } from '../../io/system/safe-read.ts';
import type { Paths } from '../../io/system/paths.ts';
import type { ProfileRun, RunContext } from '../run-context.ts';
import type { ProfileSnapshot } from '../aws/profile-snapshot.ts';

/** `profile`: the command's snapshot, read once for all its parts. */
export interface FactsInput extends RunContext, ProfileRun {
  /** This plugin directory. */
  root: string;
  /** The Node.js running us. */
  nodeVersion: string;
  /** Our config and the profile it names, as the command read them. */
  ctx: Context;
  /** The project folder Claude Code runs in (its .claude/settings*.json override the user's). */
  cwd: string;
}

export async function gatherStatus(i: FactsInput): Promise<StatusFacts> {
  return (await gather(i)).facts;
}

async function gather(i: FactsInput) {
  const { ctx } = i;
  const now = i.now();
  const snapshot = i.profile;
  const profile = snapshot.profile;
  const state = readState(i.paths, ctx.profile.name);
  const wiring = checkWiring(i.paths, i.root, i.platform);
  // A verdict about keys no longer on disk says nothing about the ones there now.
  const key = profile.ok && profile.value.kind === 'file' ? credentialFingerprint(profile.value.creds.accessKeyId) : null;
  const sts = state.sts && (!state.sts.key || state.sts.key === key) ? state.sts : null;
  const facts: StatusFacts = {
    now,
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
    guard: guardSummary(state.guard, { now, mark: markOf(profile), cmd: ctx.loaded.config.autoLoginCmd }),
    lock: inspectLock(i.paths, ctx.profile.name, now),
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
    const answer = await probeAndCache(i.paths, ctx.profile.name, p.value.creds, stsTarget(i.env, snapshot.region(), ctx.profile.name, snapshot.caBundle?.() ?? null), i.stsTimeoutMs);
    if (answer.verdict !== 'unknown') sts = { checkedAt: i.now(), valid: answer.verdict === 'valid', reason: answer.reason };
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
    claudeVersion: claudeVersion(i.env, i.stsTimeoutMs, i.platform),
    ...(i.platform === 'win32' ? { gitBash: findGitBash(i.env) } : {}),
    network: await networkChecks(i, p, snapshot),
  };
}

/** The endpoints this profile's credentials need (STS; the portal and OIDC for IAM Identity Center), each asked once. */
async function networkChecks(i: FactsInput & { stsTimeoutMs: number }, p: ProfileSnapshot['profile'], snapshot: ProfileSnapshot): Promise<NetworkCheck[]> {
  const cfg = p.ok && p.value.kind === 'config' ? p.value.config : null;
  const caBundle = snapshot.caBundle?.() ?? null;
  const sts = stsTarget(i.env, snapshot.region(), i.ctx.profile.name, caBundle);
  const list: { name: string; url: URL | null; problem: string | null }[] = [{ name: 'STS', url: sts.problem ? null : sts.url, problem: sts.problem }];
  if (cfg?.sso) {
    const at = `${cfg.sso.regionAt} in ${i.paths.awsConfig}`;
    const portal = serviceEndpoint(i.env, ['AWS_ENDPOINT_URL_SSO', 'AWS_ENDPOINT_URL'], 'portal.sso', cfg.sso.region, at);
    list.push({ name: 'IAM Identity Center portal', url: portal.ok ? portal.url : null, problem: portal.ok ? null : portal.message });
    if (cfg.sso.session) {
      const oidc = serviceEndpoint(i.env, ['AWS_ENDPOINT_URL_SSO_OIDC', 'AWS_ENDPOINT_URL'], 'oidc', cfg.sso.region, at);
      list.push({ name: 'IAM Identity Center OIDC', url: oidc.ok ? oidc.url : null, problem: oidc.ok ? null : oidc.message });
    }
  }
  return Promise.all(
    list.map(async ({ name, url, problem }) => {
      if (!url) return { name, host: '-', via: 'not asked', ca: null, ok: false, problem: problem ?? 'no endpoint' };
      const route = routeFor(url, i.env, caBundle);
      const ca = route.caBundle ? `${route.caBundle.file} (${route.caBundle.from})` : null;
      const r = await probeReachable(url, route, name, i.stsTimeoutMs);
      return r.ok ? { name, host: url.host, via: route.via, ca, ok: true } : { name, host: url.host, via: route.via, ca, ok: false, problem: r.message };
    }),
  );
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
