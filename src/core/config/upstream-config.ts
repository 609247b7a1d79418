// The config of the plugin we replace (GeiserX/cc-aws-keepalive up to 0.5.0, same file:
// ~/.config/cc-aws-keepalive/config.json), turned into ours. Pure: the parsed object in, the translated object out,
// with one line per thing translated and per thing refused (saying what to do instead).
// The parser uses it in memory so an old file keeps working; `setup --migrate` (and the first setup) writes the result.
import { sshOptionProblem } from '../../schemas/sync-target.ts';

export interface Migration {
  /** The config with the old keys translated and the refused fields removed. */
  raw: Record<string, unknown>;
  /** What was translated, one line each (`syncTargets[0]: "sshArgs" -p 2222 → "port": 2222`). */
  changes: string[];
  /** What we refuse on purpose, each with what to do instead. */
  refused: string[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Does this config carry anything only the old plugin wrote? Cheap: decides whether to load the translation at all. */
export function looksUpstream(raw: Record<string, unknown>): boolean {
  if ('syncTimeoutSeconds' in raw) return true;
  const targets = raw.syncTargets;
  return Array.isArray(targets) && targets.some((t) => isObj(t) && (!('type' in t) || 'sshArgs' in t || 'sshPassword' in t || 'method' in t));
}

/** The translation; null when there is nothing of the old plugin's in `raw`. */
export function migrateUpstream(raw: Record<string, unknown>): Migration | null {
  if (!looksUpstream(raw)) return null;
  const changes: string[] = [];
  const refused: string[] = [];
  const out: Record<string, unknown> = { ...raw };
  const timeout = raw.syncTimeoutSeconds;
  delete out.syncTimeoutSeconds;
  const perTarget = typeof timeout === 'number' && Number.isFinite(timeout) ? Math.min(120, Math.max(1, Math.round(timeout))) : null;
  if ('syncTimeoutSeconds' in raw) {
    changes.push(perTarget === null ? `"syncTimeoutSeconds" is not a number — dropped (each target waits 20 s)` : `"syncTimeoutSeconds": ${String(timeout)} → "timeoutSeconds": ${perTarget} on each sync target`);
  }
  // The old plugin waited 60 s between syncs unless told otherwise (its credential-sync.mjs); ours defaults to 0.
  if (Array.isArray(raw.syncTargets) && raw.syncTargets.length > 0 && !('syncCooldownSeconds' in raw)) {
    out.syncCooldownSeconds = 60;
    changes.push('"syncCooldownSeconds" was unset: 60, the old plugin\'s default floor between syncs, is kept');
  }
  if (Array.isArray(raw.syncTargets)) {
    out.syncTargets = raw.syncTargets.map((t, i) => (isObj(t) ? migrateTarget(t, `syncTargets[${i}]`, perTarget, changes, refused) : t));
  }
  return { raw: out, changes, refused };
}

function migrateTarget(t: Record<string, unknown>, at: string, timeout: number | null, changes: string[], refused: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...t };
  if (!('type' in t)) {
    // The old plugin told its kinds apart by their fields as much as by "type".
    const type = 'host' in t ? 'ssh' : 'url' in t ? 'webhook' : 'command' in t ? 'command' : null;
    if (type) {
      // "type" first, as our examples write it.
      for (const k of Object.keys(out)) delete out[k];
      Object.assign(out, { type }, t);
      changes.push(`${at}: "${type === 'ssh' ? 'host' : type === 'webhook' ? 'url' : 'command'}" with no "type" → "type": "${type}"`);
    }
  }
  if (timeout !== null && !('timeoutSeconds' in t)) out.timeoutSeconds = timeout;
  if ('sshPassword' in t) {
    delete out.sshPassword;
    refused.push(`${at}.sshPassword is removed: we never send an ssh password (it would sit in a file and in sshpass's environment) — install a key on the host (ssh-copy-id ${typeof t.host === 'string' ? t.host : '<host>'}) and set "identityFile", or load the key into your ssh-agent`);
  }
  if ('sshArgs' in t) {
    delete out.sshArgs;
    translateSshArgs(t.sshArgs, out, `${at}.sshArgs`, changes, refused);
  }
  if ('method' in t) {
    delete out.method;
    if (typeof t.method === 'string' && t.method.toUpperCase() === 'POST') changes.push(`${at}: "method": "POST" dropped (webhooks are always POSTed)`);
    else refused.push(`${at}.method ${JSON.stringify(t.method)} is removed: webhook targets are always sent with POST — make the endpoint accept POST, or use a "command" target`);
  }
  if (isObj(t.headers) && Object.values(t.headers).some((v) => typeof v === 'string' && /\$\{\w+\}/.test(v))) {
    refused.push(`${at}.headers: "\${VAR}" is no longer replaced with an environment variable (a hook's environment is not your shell's) — write the value itself, or use a "command" target that adds the header`);
  }
  return out;
}

/** `-p 2222 -i ~/.ssh/k -l me -o Name=value -J jump` → port, identityFile, user, sshOptions; anything else is named. */
function translateSshArgs(value: unknown, out: Record<string, unknown>, at: string, changes: string[], refused: string[]): void {
  const words = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.trim().split(/\s+/).filter(Boolean) : [];
  const options: string[] = Array.isArray(out.sshOptions) ? [...(out.sshOptions as string[])] : [];
  const strictAt: number[] = [];
  const set = (key: string, v: unknown, shown: string) => {
    if (key in out) return refused.push(`${at} ${shown} is dropped: "${key}" is already set`);
    out[key] = v;
    changes.push(`${at} ${shown} → "${key}": ${JSON.stringify(v)}`);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const flag = /^-[pilJo]/.test(w) ? w.slice(0, 2) : w;
    const arg = w.length > 2 && flag !== w ? w.slice(2) : words[++i];
    if (!['-p', '-i', '-l', '-J', '-o'].includes(flag)) {
      refused.push(`${at} "${w}" is dropped: put ssh settings in "sshOptions" as "Name=value" (see man ssh_config)`);
      continue;
    }
    if (arg === undefined) {
      refused.push(`${at} "${w}" has no value — dropped`);
      continue;
    }
    if (flag === '-p' && /^\d+$/.test(arg)) set('port', Number(arg), `${flag} ${arg}`);
    else if (flag === '-i') set('identityFile', arg, `${flag} ${arg}`);
    else if (flag === '-l') set('user', arg, `${flag} ${arg}`);
    else if (flag === '-J') option(`ProxyJump=${arg}`, `${flag} ${arg}`);
    else if (flag === '-o') option(arg.replace(/^([A-Za-z]+)\s*[= ]\s*/, '$1='), `${flag} ${arg}`);
    else refused.push(`${at} "${flag} ${arg}" is dropped: not a port number`);
  }
  if (options.length) out.sshOptions = options;
  // Worded once the port and user are known: connecting once by hand records the right host entry on every OS
  // (an `ssh-keyscan … >> ~/.ssh/known_hosts` would miss a port and does not work in Windows shells).
  for (const i of strictAt) {
    const host = typeof out.host === 'string' ? out.host : '<host>';
    const byHand = `ssh ${out.port ? `-p ${out.port} ` : ''}${typeof out.user === 'string' ? `${out.user}@` : ''}${host}`;
    refused[i] += ` — dropped; record the host's key once by connecting by hand: ${byHand} (answer yes when the fingerprint is the host's)`;
  }

  function option(o: string, shown: string) {
    const problem = sshOptionProblem(o);
    if (problem) {
      if (/^StrictHostKeyChecking/i.test(o)) strictAt.push(refused.length);
      refused.push(`${at} "${shown}" ${problem}${/^StrictHostKeyChecking/i.test(o) ? '' : ' — dropped'}`);
    }
    else {
      options.push(o);
      changes.push(`${at} ${shown} → "sshOptions": "${o}"`);
    }
  }
}
