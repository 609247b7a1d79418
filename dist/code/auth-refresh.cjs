var __ccSelfUrl = require('url').pathToFileURL(require('path').join(__dirname, '..', "auth-refresh.cjs")).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// separate-toml:toml
var require_toml = __commonJS({
  "separate-toml:toml"(exports2, module2) {
    module2.exports = require("./toml.cjs");
  }
});

// node_modules/ini/lib/ini.js
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports2, module2) {
    var { hasOwnProperty } = Object.prototype;
    var encode = (obj, opt = {}) => {
      if (typeof opt === "string") {
        opt = { section: opt };
      }
      opt.align = opt.align === true;
      opt.newline = opt.newline === true;
      opt.sort = opt.sort === true;
      opt.whitespace = opt.whitespace === true || opt.align === true;
      opt.platform = opt.platform || typeof process !== "undefined" && process.platform;
      opt.bracketedArray = opt.bracketedArray !== false;
      const eol = opt.platform === "win32" ? "\r\n" : "\n";
      const separator = opt.whitespace ? " = " : "=";
      const children = [];
      const keys = opt.sort ? Object.keys(obj).sort() : Object.keys(obj);
      let padToChars = 0;
      if (opt.align) {
        padToChars = safe(
          keys.filter((k) => obj[k] === null || Array.isArray(obj[k]) || typeof obj[k] !== "object").map((k) => Array.isArray(obj[k]) ? `${k}[]` : k).concat([""]).reduce((a, b) => safe(a).length >= safe(b).length ? a : b)
        ).length;
      }
      let out = "";
      const arraySuffix = opt.bracketedArray ? "[]" : "";
      for (const k of keys) {
        const val = obj[k];
        if (val && Array.isArray(val)) {
          for (const item of val) {
            out += safe(`${k}${arraySuffix}`).padEnd(padToChars, " ") + separator + safe(item) + eol;
          }
        } else if (val && typeof val === "object") {
          children.push(k);
        } else {
          out += safe(k).padEnd(padToChars, " ") + separator + safe(val) + eol;
        }
      }
      if (opt.section && out.length) {
        out = "[" + safe(opt.section) + "]" + (opt.newline ? eol + eol : eol) + out;
      }
      for (const k of children) {
        const nk = splitSections(k, ".").join("\\.");
        const section = (opt.section ? opt.section + "." : "") + nk;
        const child = encode(obj[k], {
          ...opt,
          section
        });
        if (out.length && child.length) {
          out += eol;
        }
        out += child;
      }
      return out;
    };
    function splitSections(str, separator) {
      var lastMatchIndex = 0;
      var lastSeparatorIndex = 0;
      var nextIndex = 0;
      var sections = [];
      do {
        nextIndex = str.indexOf(separator, lastMatchIndex);
        if (nextIndex !== -1) {
          lastMatchIndex = nextIndex + separator.length;
          if (nextIndex > 0 && str[nextIndex - 1] === "\\") {
            continue;
          }
          sections.push(str.slice(lastSeparatorIndex, nextIndex));
          lastSeparatorIndex = nextIndex + separator.length;
        }
      } while (nextIndex !== -1);
      sections.push(str.slice(lastSeparatorIndex));
      return sections;
    }
    var decode2 = (str, opt = {}) => {
      opt.bracketedArray = opt.bracketedArray !== false;
      const out = /* @__PURE__ */ Object.create(null);
      let p = out;
      let section = null;
      const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i;
      const lines = str.split(/[\r\n]+/g);
      const duplicates = {};
      for (const line of lines) {
        if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) {
          continue;
        }
        const match = line.match(re);
        if (!match) {
          continue;
        }
        if (match[1] !== void 0) {
          section = unsafe(match[1]);
          if (section === "__proto__") {
            p = /* @__PURE__ */ Object.create(null);
            continue;
          }
          p = out[section] = out[section] || /* @__PURE__ */ Object.create(null);
          continue;
        }
        const keyRaw = unsafe(match[2]);
        let isArray;
        if (opt.bracketedArray) {
          isArray = keyRaw.length > 2 && keyRaw.slice(-2) === "[]";
        } else {
          duplicates[keyRaw] = (duplicates?.[keyRaw] || 0) + 1;
          isArray = duplicates[keyRaw] > 1;
        }
        const key = isArray && keyRaw.endsWith("[]") ? keyRaw.slice(0, -2) : keyRaw;
        if (key === "__proto__") {
          continue;
        }
        const valueRaw = match[3] ? unsafe(match[4]) : true;
        const value = valueRaw === "true" || valueRaw === "false" || valueRaw === "null" ? JSON.parse(valueRaw) : valueRaw;
        if (isArray) {
          if (!hasOwnProperty.call(p, key)) {
            p[key] = [];
          } else if (!Array.isArray(p[key])) {
            p[key] = [p[key]];
          }
        }
        if (Array.isArray(p[key])) {
          p[key].push(value);
        } else {
          p[key] = value;
        }
      }
      const remove = [];
      for (const k of Object.keys(out)) {
        if (!hasOwnProperty.call(out, k) || typeof out[k] !== "object" || Array.isArray(out[k])) {
          continue;
        }
        const parts = splitSections(k, ".");
        p = out;
        const l = parts.pop();
        const nl = l.replace(/\\\./g, ".");
        for (const part of parts) {
          if (part === "__proto__") {
            continue;
          }
          if (!hasOwnProperty.call(p, part) || typeof p[part] !== "object") {
            p[part] = /* @__PURE__ */ Object.create(null);
          }
          p = p[part];
        }
        if (p === out && nl === l) {
          continue;
        }
        p[nl] = out[k];
        remove.push(k);
      }
      for (const del of remove) {
        delete out[del];
      }
      return out;
    };
    var isQuoted = (val) => {
      return val.startsWith('"') && val.endsWith('"') || val.startsWith("'") && val.endsWith("'");
    };
    var safe = (val) => {
      if (typeof val !== "string" || val.match(/[=\r\n]/) || val.match(/^\[/) || val.length > 1 && isQuoted(val) || val !== val.trim()) {
        return JSON.stringify(val);
      }
      return val.split(";").join("\\;").split("#").join("\\#");
    };
    var unsafe = (val) => {
      val = (val || "").trim();
      if (isQuoted(val)) {
        if (val.charAt(0) === "'") {
          val = val.slice(1, -1);
        }
        try {
          val = JSON.parse(val);
        } catch {
        }
      } else {
        let esc = false;
        let unesc = "";
        for (let i = 0, l = val.length; i < l; i++) {
          const c = val.charAt(i);
          if (esc) {
            if ("\\;#".indexOf(c) !== -1) {
              unesc += c;
            } else {
              unesc += "\\" + c;
            }
            esc = false;
          } else if (";#".indexOf(c) !== -1) {
            break;
          } else if (c === "\\") {
            esc = true;
          } else {
            unesc += c;
          }
        }
        if (esc) {
          unesc += "\\";
        }
        return unesc.trim();
      }
      return val;
    };
    module2.exports = {
      parse: decode2,
      decode: decode2,
      stringify: encode,
      encode,
      safe,
      unsafe
    };
  }
});

// src/core/expiry.ts
var KNOWN_EXPIRY_FIELDS = [
  "x_security_token_expires",
  // saml2aws, gimme-aws-creds, okta-aws-cli
  "aws_session_expiration",
  // aws-google-auth
  "aws_expiration",
  // aws-azure-login
  "aws_credential_expiration",
  // aws-vault export --format=ini
  "x-expiration",
  // AWS's Claude Code with Bedrock credential provider
  "awsmyid_session_expiration",
  "expiration"
];
function parseExpiryValue(raw) {
  const s = raw.trim().replace(/^["']|["']$/g, "");
  if (/^\d{9,11}(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1e3);
  if (/^\d{12,14}$/.test(s)) return Number(s);
  const m3 = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  if (!m3) return null;
  let zone = m3[3] ?? "";
  if (zone === "") return null;
  if (/^(z|utc)$/i.test(zone)) zone = "Z";
  else if (/^[+-]\d{2}$/.test(zone)) zone = `${zone}:00`;
  else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const t = Date.parse(`${m3[1]}T${m3[2]}${zone}`);
  return Number.isNaN(t) ? null : t;
}
function findExpiry(keys, configuredField, comment) {
  const lower = new Map(Object.entries(keys).map(([k, v]) => [k.toLowerCase(), { k, v }]));
  const candidates = configuredField ? [configuredField] : KNOWN_EXPIRY_FIELDS;
  for (const name of candidates) {
    const hit = lower.get(name.toLowerCase());
    if (!hit) continue;
    const at = parseExpiryValue(hit.v);
    if (at === null) {
      return {
        expiresAt: null,
        source: { kind: "none" },
        reason: `${hit.k} = ${JSON.stringify(hit.v.slice(0, 40))} is not a time we understand (unix seconds, milliseconds or RFC 3339 with a zone)`
      };
    }
    return { expiresAt: at, source: { kind: "field", name: hit.k }, reason: `from ${hit.k}` };
  }
  if (!configuredField && comment !== void 0) {
    const at = parseExpiryValue(comment);
    if (at !== null) return { expiresAt: at, source: { kind: "comment" }, reason: 'from the "# Expires:" comment' };
  }
  return {
    expiresAt: null,
    source: { kind: "none" },
    reason: configuredField ? `the profile has no "${configuredField}" (expirationField in the config)` : "the profile has no expiry field (your login tool writes none; set expirationField if it uses another name)"
  };
}
var MIN = 6e4;
function formatDuration(ms) {
  if (ms < MIN) return "<1m";
  const totalMin = Math.floor(ms / MIN);
  const h = Math.floor(totalMin / 60);
  const m3 = totalMin % 60;
  if (h === 0) return `${m3}m`;
  if (h >= 48) return `${Math.floor(h / 24)}d${h % 24}h`;
  return `${h}h${String(m3).padStart(2, "0")}m`;
}

// src/core/refresh-plan.ts
var RUN_BUDGET_MS = 17e4;
var VALID_MARGIN_MS = 6e4;
var STS_PROBE_MS = 4e3;
var WAIT_POLL_MS = 250;
var WAIT_REPORT_MS = 1e4;
var RECENT_FAILURE_MS = 15e3;
function makeBudget(start, env) {
  const raw = Number(env.CC_KEEPALIVE_DEADLINE_MS);
  const total = Number.isInteger(raw) && raw >= 1e3 && raw <= RUN_BUDGET_MS ? raw : RUN_BUDGET_MS;
  return { start, end: start + total, reserveMs: Math.min(8e3, Math.floor(total / 10)) };
}
function loginTimeoutMs(b, now, loginTimeoutSeconds) {
  return Math.max(0, Math.min(loginTimeoutSeconds * 1e3, b.end - b.reserveMs - now));
}
function diskState(creds, now) {
  if (!creds.ok) return { kind: "missing", error: creds.error };
  const { expiresAt, reason } = creds.value.expiry;
  if (expiresAt === null) return { kind: "unknown", creds: creds.value, reason };
  const remainingMs = expiresAt - now;
  return remainingMs > VALID_MARGIN_MS ? { kind: "valid", expiresAt, remainingMs } : { kind: "expired", expiresAt, remainingMs };
}
var failed = (l) => l.timedOut || l.exitCode !== 0;
function firstStep(i) {
  if (i.disk.kind === "valid") return { do: "done" };
  if (i.disk.kind === "unknown") return { do: "probe" };
  return afterProbe(i);
}
function afterProbe(i) {
  if (!i.hasAutoLogin) return { do: "manual", why: "no autoLoginCmd is configured" };
  const l = i.lastLogin;
  if (l && failed(l) && i.now - l.endedAt < RECENT_FAILURE_MS && i.now >= l.endedAt) {
    return { do: "manual", why: `the auto-login failed ${Math.max(1, Math.round((i.now - l.endedAt) / 1e3))} s ago (${describeLogin(l)})` };
  }
  return { do: "login" };
}
function waitStep(i) {
  if (i.diskValid) return { do: "done" };
  if (i.now >= i.budget.end - i.budget.reserveMs) {
    return { do: "give-up", why: `the other session's login did not finish within ${Math.round((i.now - i.budget.start) / 1e3)} s` };
  }
  if (i.lock.state === "held") return { do: "wait" };
  const l = i.lastLogin;
  if (l && l.endedAt >= i.waitingSince) {
    const who = l.trigger === "hook" ? "the background auto-login" : l.trigger === "cli" ? "the login started with /aws-keepalive login" : "the auto-login in another session";
    return { do: "holder-failed", why: failed(l) ? `${who} failed (${describeLogin(l)})` : `${who} finished, but the credentials are still not valid` };
  }
  return { do: "acquire" };
}
function describeLogin(l) {
  const how = l.timedOut ? `timed out after ${Math.round((l.endedAt - l.startedAt) / 1e3)} s` : l.exitCode === null ? "was killed" : `exit code ${l.exitCode}`;
  const last = l.outputTail[l.outputTail.length - 1];
  return last ? `${how}; last output: ${last}` : how;
}
var refreshedMessage = (remainingMs) => remainingMs === null ? "Credentials refreshed (confirmed by STS; the login tool records no expiry). Retrying\u2026" : `Credentials refreshed (valid for ${formatDuration(remainingMs)}). Retrying\u2026`;
var waitingMessage = (pid, elapsedMs, trigger) => `waiting for the ${trigger === "hook" ? "auto-login started in the background" : trigger === "cli" ? "login started with /aws-keepalive login" : "login started by another session"}${pid ? ` (pid ${pid})` : ""}, ${Math.round(elapsedMs / 1e3)} s\u2026`;
function manualMessage(i) {
  const d = i.disk;
  const state = d.kind === "missing" ? d.error.message : d.kind === "unknown" ? `the credentials of AWS profile "${i.profile}" could not be confirmed (no expiry recorded)` : d.remainingMs <= 0 ? `AWS credentials for profile "${i.profile}" expired ${formatDuration(-d.remainingMs)} ago` : `AWS credentials for profile "${i.profile}" expire in under a minute`;
  return [`${state}; ${i.why}.`, `To continue, in another terminal ${i.loginHint} \u2014 Claude Code retries on your next message.`];
}

// src/io/paths.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var nonEmpty = (v) => typeof v === "string" && v.trim() !== "";
function resolvePaths({ env, home, platform }) {
  const p = platform === "win32" ? import_node_path.win32 : import_node_path.posix;
  const expand = (v) => v === "~" || /^~[\\/]/.test(v) ? p.join(home, v.slice(1)) : v;
  const configRoot = platform === "win32" ? nonEmpty(env.APPDATA) ? env.APPDATA : p.join(home, "AppData", "Roaming") : nonEmpty(env.XDG_CONFIG_HOME) ? expand(env.XDG_CONFIG_HOME) : p.join(home, ".config");
  const stateRoot = platform === "win32" ? nonEmpty(env.LOCALAPPDATA) ? env.LOCALAPPDATA : p.join(home, "AppData", "Local") : nonEmpty(env.XDG_STATE_HOME) ? expand(env.XDG_STATE_HOME) : p.join(home, ".local", "state");
  const configDir = p.join(configRoot, "cc-aws-keepalive");
  const claudeDir = nonEmpty(env.CLAUDE_CONFIG_DIR) ? expand(env.CLAUDE_CONFIG_DIR) : p.join(home, ".claude");
  return {
    home,
    configDir,
    configJson: p.join(configDir, "config.json"),
    configToml: p.join(configDir, "config.toml"),
    stateDir: p.join(stateRoot, "cc-aws-keepalive"),
    claudeDir,
    claudeSettings: p.join(claudeDir, "settings.json"),
    awsCredentials: nonEmpty(env.AWS_SHARED_CREDENTIALS_FILE) ? expand(env.AWS_SHARED_CREDENTIALS_FILE) : p.join(home, ".aws", "credentials"),
    awsConfig: nonEmpty(env.AWS_CONFIG_FILE) ? expand(env.AWS_CONFIG_FILE) : p.join(home, ".aws", "config"),
    awsSsoCache: p.join(home, ".aws", "sso", "cache")
  };
}
function processPaths() {
  return resolvePaths({ env: process.env, home: (0, import_node_os.homedir)(), platform: process.platform });
}

// src/core/profile.ts
function resolveProfile(env, configProfile2) {
  const pick = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  const fromEnv = pick(env.CC_KEEPALIVE_PROFILE);
  if (fromEnv) return { name: fromEnv, source: "CC_KEEPALIVE_PROFILE" };
  const fromConfig = pick(configProfile2);
  if (fromConfig) return { name: fromConfig, source: "config" };
  const fromAws = pick(env.AWS_PROFILE);
  if (fromAws) return { name: fromAws, source: "AWS_PROFILE" };
  return { name: "default", source: "default" };
}
function profileStem(name) {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40);
  if (safe === name) return safe;
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return `${safe}-${h.toString(16).padStart(8, "0")}`;
}

// src/io/config-file.ts
var import_node_fs = require("node:fs");

// node_modules/valibot/dist/index.js
var store;
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config2) {
  return {
    lang: config2?.lang ?? store?.lang,
    message: config2?.message,
    abortEarly: config2?.abortEarly ?? store?.abortEarly,
    abortPipeEarly: config2?.abortPipeEarly ?? store?.abortPipeEarly
  };
}
var store2;
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store2?.get(lang);
}
var store3;
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store3?.get(lang);
}
var store4;
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store4?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") {
    return `"${input}"`;
  }
  if (type === "number" || type === "bigint" || type === "boolean") {
    return `${input}`;
  }
  if (type === "object" || type === "function") {
    return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  }
  return type;
}
function _addIssue(context, label, dataset, config2, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config2.lang,
    abortEarly: config2.abortEarly,
    abortPipeEarly: config2.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message2 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config2.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message2 !== void 0) {
    issue.message = typeof message2 === "function" ? (
      // @ts-expect-error
      message2(issue)
    ) : message2;
  }
  if (isSchema) {
    dataset.typed = false;
  }
  if (dataset.issues) {
    dataset.issues.push(issue);
  } else {
    dataset.issues = [issue];
  }
}
// @__NO_SIDE_EFFECTS__
function _getStandardProps(context) {
  return {
    version: 1,
    vendor: "valibot",
    validate(value2) {
      return context["~run"]({ value: value2 }, /* @__PURE__ */ getGlobalConfig());
    }
  };
}
var EMOJI_REGEX = (
  // eslint-disable-next-line redos-detector/no-unsafe-regex, regexp/no-dupe-disjunctions -- false positives
  new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation}))*)+$", "u")
);
// @__NO_SIDE_EFFECTS__
function integer(message2) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !this.requirement(dataset.value)) {
        _addIssue(this, "integer", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message2) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !(dataset.value <= this.requirement)) {
        _addIssue(this, "value", dataset, config2, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value)
        });
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message2) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !(dataset.value >= this.requirement)) {
        _addIssue(this, "value", dataset, config2, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value)
        });
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function number(message2) {
  return {
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) {
        dataset.typed = true;
      } else {
        _addIssue(this, "type", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function string(message2) {
  return {
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      if (typeof dataset.value === "string") {
        dataset.typed = true;
      } else {
        _addIssue(this, "type", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe2) {
  return {
    ...pipe2[0],
    pipe: pipe2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      for (const item of pipe2) {
        if (item.kind !== "metadata") {
          if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
            dataset.typed = false;
            break;
          }
          if (!dataset.issues || !config2.abortEarly && !config2.abortPipeEarly) {
            dataset = item["~run"](dataset, config2);
          }
        }
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config2) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config2));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}

// src/schemas/config.ts
var minutes = (max) => pipe(number(), integer(), minValue(0), maxValue(max));
var ConfigFields = {
  profile: { schema: string(), default: "" },
  expirationField: { schema: string(), default: "" },
  loginCmd: { schema: string(), default: "" },
  autoLoginCmd: { schema: string(), default: "" },
  autoLoginMinutes: { schema: minutes(24 * 60), default: 30 },
  warnMinutes: { schema: minutes(24 * 60), default: 30 },
  timerWarnMinutes: { schema: minutes(24 * 60), default: 60 },
  statusLineCmd: { schema: string(), default: "" },
  // Claude Code kills awsAuthRefresh at 180 s; our whole run must end by 170 s, so a login gets at most 160 s.
  loginTimeoutSeconds: { schema: pipe(number(), integer(), minValue(10), maxValue(160)), default: 150 }
};
var CONFIG_KEYS = Object.keys(ConfigFields);
function defaultConfig() {
  const out = {};
  for (const k of CONFIG_KEYS) out[k] = ConfigFields[k].default;
  return out;
}
function describeExpected(key) {
  const d = ConfigFields[key].default;
  if (typeof d === "string") return "a string";
  if (key === "loginTimeoutSeconds") return "a whole number of seconds from 10 to 160";
  return "a whole number of minutes from 0 to 1440";
}

// src/core/text.ts
var stripBom = (s) => s.charCodeAt(0) === 65279 ? s.slice(1) : s;
function lineCol(text, pos) {
  const before = text.slice(0, Math.max(0, pos));
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
function jsonErrorPosition(text, err) {
  const msg = err instanceof Error ? err.message : String(err);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), col: Number(lc[2]) };
  const pos = /position (\d+)/.exec(msg);
  if (pos) return lineCol(text, Number(pos[1]));
  if (/end of (JSON )?input/i.test(msg)) return lineCol(text, text.length);
  return null;
}
var firstLine = (msg) => (msg.split("\n")[0] ?? "").replace(/\s+in JSON at position \d+.*$/, "").trim();
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function closest(word, candidates) {
  let best = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}
function describeValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}\u2026` : v)}`;
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}

// src/core/config-parse.ts
function parseConfigText(text, file, kind, parseToml) {
  const config = defaultConfig();
  const body = stripBom(text);
  if (body.trim() === "") return { config, warnings: [`${file} is empty \u2014 using defaults; copy config.example.json there to start`] };
  let raw;
  try {
    raw = kind === "json" ? JSON.parse(body) : parseToml(body);
  } catch (err) {
    return { config, warnings: [describeParseError(body, file, kind, err)] };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { config, warnings: [`${file}: expected an object of settings, got ${describeValue(raw)} \u2014 using defaults`] };
  }
  const warnings = [];
  const target = config;
  for (const [key, value] of Object.entries(raw)) {
    if (!CONFIG_KEYS.includes(key)) {
      const guess = closest(key, CONFIG_KEYS);
      warnings.push(`${file}: unknown key "${key}"${guess ? ` \u2014 did you mean "${guess}"?` : " \u2014 it is ignored"}`);
      continue;
    }
    const k = key;
    const r = safeParse(ConfigFields[k].schema, value);
    if (r.success) target[k] = r.output;
    else warnings.push(`${file}: "${k}" should be ${describeExpected(k)}, got ${describeValue(value)} \u2014 using the default ${JSON.stringify(ConfigFields[k].default)}`);
  }
  return { config, warnings };
}
function describeParseError(text, file, kind, err) {
  const msg = err instanceof Error ? err.message : String(err);
  let where;
  if (kind === "json") where = jsonErrorPosition(text, err);
  else {
    const e = err;
    where = typeof e.line === "number" && typeof e.col === "number" ? { line: e.line + 1, col: e.col + 1 } : null;
  }
  const reason = firstLine(msg).replace(/ at row \d+, col \d+, pos \d+:?$/, "");
  const pos = where ? `:${where.line}:${where.col}` : "";
  return `${file}${pos}: not valid ${kind.toUpperCase()} (${reason}) \u2014 fix that line; using defaults until then`;
}

// src/io/config-file.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
function readSmallText(file, max) {
  try {
    const st = (0, import_node_fs.statSync)(file, { throwIfNoEntry: false });
    if (!st) return { missing: true };
    if (st.isDirectory()) return { problem: `${file} is a directory, not a file` };
    if (st.size > max) return { problem: `${file} is ${Math.round(st.size / 1024)} KiB, too large to be what we expect` };
    return { text: (0, import_node_fs.readFileSync)(file, "utf8") };
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { problem: `cannot read ${file} (${code ?? "error"})` };
  }
}
async function loadConfig(paths) {
  const json = readSmallText(paths.configJson, MAX_CONFIG_BYTES);
  const toml = readSmallText(paths.configToml, MAX_CONFIG_BYTES);
  const hasJson = !("missing" in json);
  const hasToml = !("missing" in toml);
  if (hasJson && hasToml) {
    return {
      config: defaultConfig(),
      file: null,
      warnings: [`both ${paths.configJson} and ${paths.configToml} exist \u2014 keep one of them (using defaults until then)`]
    };
  }
  if (hasJson) return fromRead(json, paths.configJson, "json");
  if (hasToml) {
    if (!("text" in toml)) return fromRead(toml, paths.configToml, "toml");
    const { parse } = await Promise.resolve().then(() => __toESM(require_toml(), 1));
    return { ...parseConfigText(toml.text, paths.configToml, "toml", parse), file: paths.configToml };
  }
  return { config: defaultConfig(), file: null, warnings: [] };
}
function fromRead(r, file, kind) {
  if ("problem" in r) return { config: defaultConfig(), file: null, warnings: [`${r.problem} \u2014 using defaults`] };
  if (!("text" in r)) return { config: defaultConfig(), file: null, warnings: [] };
  return { ...parseConfigText(r.text, file, kind), file };
}

// src/io/context.ts
async function loadContext(env, paths) {
  const loaded = await loadConfig(paths);
  return { paths, loaded, profile: resolveProfile(env, loaded.config.profile) };
}
function loginHint(ctx, fallbackCmd = null) {
  const cmd = ctx.loaded.config.loginCmd.trim() || fallbackCmd;
  if (cmd) return `run: ${cmd}`;
  return `log in again for AWS profile "${ctx.profile.name}" (set "loginCmd" in ${ctx.loaded.file ?? ctx.paths.configJson} to show the exact command here)`;
}

// src/io/refresh-flow.ts
var import_promises = require("node:timers/promises");

// src/errors.ts
var ok = (value) => ({ ok: true, value });
var fail = (code, message, hint) => ({
  ok: false,
  error: { code, message, hint }
});

// builtin:crypto
var m;
var load = () => m ??= require("node:crypto");
function createHash(...a) {
  return new.target ? Reflect.construct(load().createHash, a, new.target) : load().createHash(...a);
}
function createHmac(...a) {
  return new.target ? Reflect.construct(load().createHmac, a, new.target) : load().createHmac(...a);
}
function randomBytes(...a) {
  return new.target ? Reflect.construct(load().randomBytes, a, new.target) : load().randomBytes(...a);
}
var crypto_default = new Proxy({}, { get: (_, k) => load()[k] });

// src/core/sts-plan.ts
var STS_CACHE_TTL_MS = 2 * 6e4;
var nonEmpty2 = (v) => typeof v === "string" && v.trim() !== "";
function regionFromAwsConfig(ini, profile) {
  if (!ini) return null;
  const names = profile === "default" ? ["default", "profile default"] : [`profile ${profile}`, profile];
  for (const name of names) {
    const keys = ini.sections.get(name);
    const hit = keys && Object.entries(keys).find(([k]) => k.toLowerCase() === "region");
    if (hit && hit[1].trim()) return hit[1].trim();
  }
  return null;
}
function stsTarget(env, configIni, profile) {
  const fromConfig = regionFromAwsConfig(configIni, profile);
  const [region, regionFrom] = nonEmpty2(env.AWS_REGION) ? [env.AWS_REGION.trim(), "AWS_REGION"] : nonEmpty2(env.AWS_DEFAULT_REGION) ? [env.AWS_DEFAULT_REGION.trim(), "AWS_DEFAULT_REGION"] : fromConfig ? [fromConfig, `region of profile "${profile}" in ~/.aws/config`] : ["us-east-1", "no region configured, us-east-1"];
  for (const name of ["AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL"]) {
    const v = env[name];
    if (!nonEmpty2(v)) continue;
    try {
      return { url: new URL(v.trim()), region, reason: `${name}, region from ${regionFrom}` };
    } catch {
    }
  }
  const suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return { url: new URL(`https://sts.${region}.${suffix}/`), region, reason: `regional endpoint, region from ${regionFrom}` };
}
var REJECTED = /* @__PURE__ */ new Set([
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "SignatureDoesNotMatch",
  "InvalidAccessKeyId",
  "AccessDenied",
  "TokenRefreshRequired"
]);
function classifyStsResponse(status, body) {
  if (status === 200 && /<GetCallerIdentityResult>/.test(body)) return { verdict: "valid", reason: "STS accepted the credentials" };
  const code = /<Code>([^<]{1,80})<\/Code>/.exec(body)?.[1];
  if (code && REJECTED.has(code)) return { verdict: "invalid", reason: `STS rejected the credentials (${code})` };
  if ((status === 403 || status === 401) && !code) return { verdict: "invalid", reason: `STS rejected the credentials (HTTP ${status})` };
  return { verdict: "unknown", reason: `STS answered HTTP ${status}${code ? ` ${code}` : ""}` };
}
function credentialFingerprint(accessKeyId) {
  return createHash("sha256").update(`cc-aws-keepalive:${accessKeyId}`).digest("hex").slice(0, 16);
}

// builtin:child_process
var m2;
var load2 = () => m2 ??= require("node:child_process");
function spawn(...a) {
  return new.target ? Reflect.construct(load2().spawn, a, new.target) : load2().spawn(...a);
}
function spawnSync(...a) {
  return new.target ? Reflect.construct(load2().spawnSync, a, new.target) : load2().spawnSync(...a);
}
var child_process_default = new Proxy({}, { get: (_, k) => load2()[k] });

// src/core/aws-config.ts
var lowerKeys = (o) => o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v.trim()])) : void 0;
function configProfile(ini, profile) {
  const keys = lowerKeys(ini.sections.get(`profile ${profile}`)) ?? (profile === "default" ? lowerKeys(ini.sections.get("default")) : void 0);
  if (!keys) return null;
  const tokenKey = keys.sso_session || keys.sso_start_url || "";
  const ssoTokenFile = tokenKey ? `${createHash("sha1").update(tokenKey, "utf8").digest("hex")}.json` : null;
  const kind = ssoTokenFile ? "sso" : keys.login_session ? "login" : keys.credential_process ? "process" : keys.role_arn ? "role" : "other";
  return { keys, ssoTokenFile, kind };
}
function ssoTokenExpiry(tokenText, tokenFile) {
  const none = (reason) => ({ expiresAt: null, source: { kind: "none" }, reason });
  if (tokenText === null) return none(`no SSO token cached (${tokenFile}); run aws sso login`);
  let token;
  try {
    token = JSON.parse(tokenText);
  } catch {
    return none(`SSO token cache ${tokenFile} is not valid JSON; run aws sso login`);
  }
  const t = token;
  const at = typeof t.expiresAt === "string" ? Date.parse(t.expiresAt) : NaN;
  if (Number.isNaN(at)) return none(`SSO token cache ${tokenFile} has no expiresAt`);
  if (typeof t.refreshToken === "string" && t.refreshToken) {
    return none("SSO token renews itself until your IAM Identity Center session ends (not recorded on disk)");
  }
  return { expiresAt: at, source: { kind: "field", name: "SSO token expiresAt" }, reason: "from the SSO token cache" };
}
function parseProcessCredentials(stdout) {
  let o;
  try {
    o = JSON.parse(stdout);
  } catch {
    return "the AWS CLI did not print JSON";
  }
  const str = (k) => typeof o[k] === "string" ? o[k] : "";
  if (!str("AccessKeyId") || !str("SecretAccessKey")) return "the AWS CLI printed no credentials";
  if (!str("SessionToken")) return "the AWS CLI printed long-term keys without a session token, which Claude Code rejects";
  const exp = Date.parse(str("Expiration"));
  return { accessKeyId: str("AccessKeyId"), secretAccessKey: str("SecretAccessKey"), sessionToken: str("SessionToken"), expiresAt: Number.isNaN(exp) ? null : exp };
}

// src/core/redact.ts
var ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]/g;
var stripAnsi = (s) => s.replace(ANSI, "");
var KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g;
var NAMED = /\b([\w-]*(?:secret|token|password|passwd|credential)[\w-]*["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;
var BASE64_RUN = /[A-Za-z0-9+/]{32,}={0,2}/g;
var looksSecret = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9+/]/.test(s);
function redactSecrets(s) {
  return s.replace(KEY_ID, "[redacted key id]").replace(NAMED, "$1[redacted]").replace(BASE64_RUN, (m3) => looksSecret(m3) ? "[redacted]" : m3);
}
var MAX_LINE = 300;
function cleanOutputLine(raw) {
  const line = redactSecrets(stripAnsi(raw)).trim();
  if (!line) return null;
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}\u2026` : line;
}

// src/io/aws-cli.ts
var AWS_CLI_DEADLINE_MS = 15e3;
function exportViaAwsCli(profile, env, loginHint2, timeoutMs = AWS_CLI_DEADLINE_MS) {
  const r = spawnSync("aws", ["configure", "export-credentials", "--profile", profile, "--format", "process"], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: Math.max(1e3, timeoutMs),
    killSignal: "SIGKILL",
    windowsHide: true,
    maxBuffer: 1024 * 1024
  });
  if (r.error && r.error.code === "ENOENT") {
    return fail("AWS_CLI", `profile "${profile}" is defined in ~/.aws/config, which needs the AWS CLI v2 to turn into keys, and "aws" is not on PATH`, "install the AWS CLI v2, or use a login tool that writes ~/.aws/credentials");
  }
  if (r.error || r.signal) {
    return fail("AWS_CLI", `aws configure export-credentials --profile ${profile} did not finish within ${Math.round(Math.max(1e3, timeoutMs) / 1e3)} s`, loginHint2);
  }
  if (r.status !== 0) {
    const why = (r.stderr ?? "").split(/\r?\n/).map(cleanOutputLine).find((l) => l !== null) ?? `exit code ${r.status}`;
    return fail("AWS_CLI", `aws configure export-credentials --profile ${profile} failed: ${why}`, loginHint2);
  }
  const parsed = parseProcessCredentials(r.stdout ?? "");
  if (typeof parsed === "string") return fail("AWS_CLI", `aws configure export-credentials --profile ${profile}: ${parsed}`, loginHint2);
  const { expiresAt, ...keys } = parsed;
  return ok({ ...keys, expiry: { expiresAt, source: { kind: "field", name: "aws configure export-credentials" }, reason: "from the AWS CLI" } });
}

// src/io/profile-source.ts
var import_node_path2 = require("node:path");

// src/core/aws-ini.ts
var import_ini = __toESM(require_ini(), 1);
var HEADER = /^\s*\[([^\]]*)\]\s*(?:[;#].*)?$/;
var EXPIRES_COMMENT = /^\s*[#;]\s*expires\s*:\s*(.+?)\s*$/i;
var INLINE_COMMENT = /(^|\s)[;#]/;
var escapeIni = (s) => s.replace(/[\\;#]/g, (c) => `\\${c}`);
function parseAwsIni(text) {
  const out = [];
  const names = [];
  const expiresComments = /* @__PURE__ */ new Map();
  let current = null;
  let pendingExpires = null;
  for (const line of stripBom(text).split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
      const m3 = EXPIRES_COMMENT.exec(trimmed);
      if (m3) pendingExpires = m3[1];
      continue;
    }
    const header = HEADER.exec(line);
    if (header) {
      current = header[1].trim();
      names.push(current);
      out.push(`[s${names.length - 1}]`);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0 || current === null) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1);
    const c = INLINE_COMMENT.exec(value);
    if (c) value = value.slice(0, c.index);
    value = value.trim();
    if (pendingExpires !== null) {
      expiresComments.set(current, pendingExpires);
      pendingExpires = null;
    }
    const quoted = /^(["']).*\1$/.test(value);
    out.push(`${escapeIni(key)} = ${quoted ? value : escapeIni(value)}`);
  }
  const decoded = (0, import_ini.decode)(out.join("\n"));
  const sections = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    const body = decoded[`s${i}`] ?? {};
    const merged = sections.get(name) ?? {};
    for (const [k, v] of Object.entries(body)) if (typeof v !== "object") merged[k] = String(v);
    sections.set(name, merged);
  });
  return { sections, expiresComments };
}

// src/core/credentials.ts
function profileCredentials(ini, profile, file, expirationField) {
  const keys = ini.sections.get(profile);
  if (!keys) {
    const names = [...ini.sections.keys()];
    const guess = closest(profile, names);
    return fail(
      "PROFILE_NOT_FOUND",
      `profile "${profile}" is not in ${file}`,
      guess ? `did you mean "${guess}"? Set "profile" in the cc-aws-keepalive config or CC_KEEPALIVE_PROFILE` : names.length ? `profiles there: ${names.slice(0, 8).join(", ")}; log in with your tool for "${profile}" or set "profile" in the config` : `log in with your tool so it writes the "${profile}" profile`
    );
  }
  const get = (k) => {
    const hit = Object.entries(keys).find(([name]) => name.toLowerCase() === k);
    return hit ? hit[1].trim() : "";
  };
  const accessKeyId = get("aws_access_key_id");
  const secretAccessKey = get("aws_secret_access_key");
  const sessionToken = get("aws_session_token") || get("aws_security_token");
  if (!accessKeyId || !secretAccessKey) {
    return fail("KEYS_MISSING", `profile "${profile}" in ${file} has no aws_access_key_id/aws_secret_access_key`, "log in again with your login tool");
  }
  if (!sessionToken) {
    return fail(
      "NO_SESSION_TOKEN",
      `profile "${profile}" in ${file} has no aws_session_token`,
      "Claude Code rejects exported credentials without one; use a profile written by your SSO/SAML login tool, or remove awsCredentialExport for long-term keys"
    );
  }
  return ok({ accessKeyId, secretAccessKey, sessionToken, expiry: findExpiry(keys, expirationField, ini.expiresComments.get(profile)) });
}

// src/io/aws-credentials-file.ts
var MAX_CREDENTIALS_BYTES = 4 * 1024 * 1024;
function readAwsCredentials(file) {
  const r = readSmallText(file, MAX_CREDENTIALS_BYTES);
  if ("missing" in r) return fail("CREDS_MISSING", `${file} does not exist`, "log in with your AWS login tool (the loginCmd in the config) so it writes your credentials there");
  if ("problem" in r) return fail(r.problem.includes("too large") ? "CREDS_TOO_LARGE" : "CREDS_READ", r.problem, "check the file, or point AWS_SHARED_CREDENTIALS_FILE at the right one");
  return ok(parseAwsIni(r.text));
}

// src/io/profile-source.ts
function loadProfile(ctx) {
  const { paths } = ctx;
  const name = ctx.profile.name;
  const credsFile = paths.awsCredentials;
  const ini = readAwsCredentials(credsFile);
  const fromFile = ini.ok ? profileCredentials(ini.value, name, credsFile, ctx.loaded.config.expirationField) : ini;
  if (fromFile.ok) return ok({ kind: "file", file: credsFile, creds: fromFile.value, expiry: fromFile.value.expiry });
  if (!["CREDS_MISSING", "PROFILE_NOT_FOUND", "KEYS_MISSING"].includes(fromFile.error.code)) return fromFile;
  const cfgText = readSmallText(paths.awsConfig, 4 * 1024 * 1024);
  const cfg = "text" in cfgText ? configProfile(parseAwsIni(cfgText.text), name) : null;
  if (!cfg || cfg.kind === "other") return fromFile;
  let expiry;
  if (cfg.ssoTokenFile) {
    const token = readSmallText((0, import_node_path2.join)(paths.awsSsoCache, cfg.ssoTokenFile), 1024 * 1024);
    expiry = ssoTokenExpiry("text" in token ? token.text : null, (0, import_node_path2.join)(paths.awsSsoCache, cfg.ssoTokenFile));
  } else {
    expiry = { expiresAt: null, source: { kind: "none" }, reason: `profile "${name}" gets credentials through the AWS CLI (${cfg.kind}); expiry known only after an export` };
  }
  return ok({ kind: "config", file: paths.awsConfig, config: cfg, expiry });
}
function defaultLoginFor(p, profile) {
  if (p.kind !== "config") return null;
  if (p.config.kind === "sso") return `aws sso login --profile ${profile}`;
  if (p.config.kind === "login") return `aws login --profile ${profile}`;
  return null;
}

// src/io/lock.ts
var import_node_fs2 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path3 = require("node:path");

// src/core/lock-state.ts
var LOCK_WRITE_GRACE_MS = 2e3;
var LOCK_FUTURE_SKEW_MS = 5e3;
var LOCK_MAX_SPAN_MS = 18e4;
function parseLockRecord(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw;
  const int = (v) => typeof v === "number" && Number.isSafeInteger(v);
  if (!int(r.pid) || r.pid <= 0 || !int(r.startedAt) || !int(r.deadline)) return null;
  if (typeof r.host !== "string" || typeof r.profile !== "string" || typeof r.nonce !== "string") return null;
  const rec = { pid: r.pid, host: r.host, profile: r.profile, startedAt: r.startedAt, deadline: r.deadline, nonce: r.nonce };
  if (typeof r.trigger === "string") rec.trigger = r.trigger;
  return rec;
}
function decideLockState(i) {
  if (i.text === null) return { state: "free" };
  const holder = parseLockRecord(i.text);
  if (!holder) {
    return i.ageMs < LOCK_WRITE_GRACE_MS ? { state: "held", holder: null, reason: "lock file is being written" } : { state: "stale", holder: null, reason: "lock file is unreadable" };
  }
  if (holder.startedAt > i.now + LOCK_FUTURE_SKEW_MS) {
    return { state: "stale", holder, reason: `lock start time is ${Math.round((holder.startedAt - i.now) / 1e3)} s in the future` };
  }
  if (holder.deadline - holder.startedAt > LOCK_MAX_SPAN_MS || holder.deadline < holder.startedAt) {
    return { state: "stale", holder, reason: "lock deadline is out of range" };
  }
  if (i.now > holder.deadline) {
    return { state: "stale", holder, reason: `holder (pid ${holder.pid}) is ${Math.round((i.now - holder.deadline) / 1e3)} s past its deadline` };
  }
  if (holder.host === i.host && !i.isAlive(holder.pid)) {
    return { state: "stale", holder, reason: `holder (pid ${holder.pid}) is no longer running` };
  }
  return { state: "held", holder, reason: `held by pid ${holder.pid} on ${holder.host}` };
}

// src/io/lock.ts
var BREAK_STALE_MS = 1e4;
function lockPath(paths, profile) {
  return (0, import_node_path3.join)(paths.stateDir, `${profileStem(profile)}.lock`);
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function inspectLock(paths, profile, now = Date.now()) {
  const file = lockPath(paths, profile);
  return { ...readLock(file, now), file };
}
function tryAcquireLock(paths, profile, opts) {
  const file = lockPath(paths, profile);
  (0, import_node_fs2.mkdirSync)(paths.stateDir, { recursive: true, mode: 448 });
  let tookOver = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = opts.now ?? Date.now();
    const record2 = {
      pid: process.pid,
      host: (0, import_node_os2.hostname)(),
      profile,
      startedAt: now,
      deadline: opts.deadline,
      nonce: randomBytes(8).toString("hex"),
      ...opts.trigger ? { trigger: opts.trigger } : {}
    };
    if (createExclusive(file, `${JSON.stringify(record2)}
`)) {
      return { acquired: true, record: record2, tookOver, release: () => releaseIfOurs(file, record2.nonce) };
    }
    const seen = readLock(file, now);
    if (seen.state === "held") return { acquired: false, lock: seen };
    if (seen.state === "stale") {
      if (!breakStale(file, now)) {
        return { acquired: false, lock: { state: "held", holder: seen.holder, reason: "another session is taking over a stale lock" } };
      }
      tookOver = seen.reason;
    }
  }
  return { acquired: false, lock: { state: "held", holder: null, reason: "lock keeps changing hands" } };
}
function readLock(file, now) {
  let text;
  let ageMs;
  try {
    ageMs = now - (0, import_node_fs2.statSync)(file).mtimeMs;
    text = (0, import_node_fs2.readFileSync)(file, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return { state: "free" };
    return { state: "held", holder: null, reason: `cannot read ${file} (${err.code ?? "error"})` };
  }
  return decideLockState({ text, ageMs, now, host: (0, import_node_os2.hostname)(), isAlive: pidAlive });
}
function createExclusive(file, content) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, "wx", 384);
  } catch (err) {
    if (err.code === "EEXIST") return false;
    throw err;
  }
  try {
    (0, import_node_fs2.writeSync)(fd, content);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  return true;
}
function breakStale(file, now) {
  const guard = `${file}.break`;
  if (!createExclusive(guard, String(process.pid))) {
    try {
      if (now - (0, import_node_fs2.statSync)(guard).mtimeMs > BREAK_STALE_MS) (0, import_node_fs2.unlinkSync)(guard);
    } catch {
    }
    return false;
  }
  try {
    const current = readLock(file, now).state;
    if (current !== "stale") return current === "free";
    (0, import_node_fs2.unlinkSync)(file);
    return true;
  } catch (err) {
    return err.code === "ENOENT";
  } finally {
    try {
      (0, import_node_fs2.unlinkSync)(guard);
    } catch {
    }
  }
}
function releaseIfOurs(file, nonce) {
  try {
    const rec = JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8"));
    if (rec.nonce === nonce) (0, import_node_fs2.unlinkSync)(file);
  } catch {
  }
}

// src/io/login-runner.ts
var import_node_fs3 = require("node:fs");
var import_node_url = require("node:url");
var TAIL_LINES = 5;
var KILL_GRACE_MS = 1500;
var DRAIN_MS = 300;
function runLogin(opts) {
  const startedAt = Date.now();
  const tail = [];
  const emit = (raw) => {
    const line = cleanOutputLine(raw);
    if (line === null || line === tail[tail.length - 1]) return;
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    opts.onLine?.(line);
  };
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(opts.command, {
        shell: true,
        // /bin/sh -c on Unix; %ComSpec% /d /s /c on Windows
        env: opts.env,
        cwd: opts.cwd,
        stdio: ["ignore", "pipe", "pipe"],
        detached: process.platform !== "win32",
        // own process group: kill(-pid) reaches every descendant
        windowsHide: true
      });
    } catch (err) {
      const now = Date.now();
      resolve({ startedAt, endedAt: now, durationMs: now - startedAt, exitCode: null, timedOut: false, tail, spawnError: err.message });
      return;
    }
    const splitters = [child.stdout, child.stderr].map((stream) => {
      let partial = "";
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk) => {
        const parts = (partial + chunk).split(/\r\n|\n|\r/);
        partial = parts.pop() ?? "";
        parts.forEach(emit);
      });
      return () => {
        if (partial) emit(partial);
        partial = "";
      };
    });
    let timedOut = false;
    let done2 = false;
    let exitCode = null;
    let spawnError = null;
    const finish = () => {
      if (done2) return;
      done2 = true;
      clearTimeout(deadline);
      clearTimeout(hardStop);
      opts.signal?.removeEventListener("abort", onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      splitters.forEach((flush) => flush());
      const endedAt = Date.now();
      resolve({ startedAt, endedAt, durationMs: endedAt - startedAt, exitCode, timedOut, tail, spawnError });
    };
    let stopping = false;
    const stop = () => {
      if (stopping || done2) return;
      stopping = true;
      killTree(child, "SIGTERM");
      const termAt = Date.now();
      const poll = setInterval(() => {
        const graceOver = Date.now() - termAt >= KILL_GRACE_MS;
        if (graceOver) killTree(child, "SIGKILL");
        if (graceOver || !treeAlive(child)) {
          clearInterval(poll);
          setTimeout(finish, 50);
        }
      }, 100);
    };
    let exited = false;
    const deadline = setTimeout(() => {
      if (exited) return;
      timedOut = true;
      stop();
    }, Math.max(0, opts.timeoutMs));
    const onAbort = () => {
      stop();
      clearTimeout(hardStop);
      hardStop = setTimeout(finish, KILL_GRACE_MS + 2 * DRAIN_MS);
    };
    if (opts.signal?.aborted) queueMicrotask(onAbort);
    else opts.signal?.addEventListener("abort", onAbort, { once: true });
    let hardStop = setTimeout(finish, Math.max(0, opts.timeoutMs) + KILL_GRACE_MS + 2 * DRAIN_MS);
    child.on("error", (err) => {
      spawnError = err.message;
      finish();
    });
    child.on("exit", (code) => {
      exitCode = code;
      exited = true;
      if (!stopping) setTimeout(finish, DRAIN_MS);
    });
    child.on("close", () => {
      if (!stopping) finish();
    });
  });
}
function treeAlive(child) {
  if (child.pid === void 0 || process.platform === "win32") return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}
function killTree(child, signal) {
  if (child.pid === void 0) return;
  try {
    if (process.platform === "win32") {
      spawn("taskkill", ["/pid", String(child.pid), "/T", "/F"], { stdio: "ignore", windowsHide: true, timeout: 5e3 });
    } else {
      process.kill(-child.pid, signal);
    }
  } catch {
  }
}

// src/io/state-file.ts
var import_node_fs5 = require("node:fs");
var import_node_path5 = require("node:path");

// src/io/atomic-write.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");
var seq = 0;
function writeFileAtomic(file, data, mode = 384) {
  const dir = (0, import_node_path4.dirname)(file);
  (0, import_node_fs4.mkdirSync)(dir, { recursive: true, mode: 448 });
  const tmp = (0, import_node_path4.join)(dir, `.${(0, import_node_path4.basename)(file)}.${process.pid}.${Date.now().toString(36)}.${(seq++).toString(36)}.tmp`);
  const fd = (0, import_node_fs4.openSync)(tmp, "wx", mode);
  try {
    (0, import_node_fs4.writeSync)(fd, data);
    (0, import_node_fs4.fsyncSync)(fd);
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
  try {
    (0, import_node_fs4.renameSync)(tmp, file);
  } catch (err) {
    try {
      (0, import_node_fs4.unlinkSync)(tmp);
    } catch {
    }
    throw err;
  }
}

// src/io/state-file.ts
var MAX_STATE_BYTES = 256 * 1024;
function statePath(paths, profile) {
  return (0, import_node_path5.join)(paths.stateDir, `${profileStem(profile)}.json`);
}
function readState(paths, profile) {
  let text;
  try {
    const file = statePath(paths, profile);
    if (!(0, import_node_fs5.statSync)(file, { throwIfNoEntry: false })) return {};
    text = (0, import_node_fs5.readFileSync)(file, "utf8");
  } catch {
    return {};
  }
  return parseState(text);
}
function updateState(paths, profile, fn) {
  const next = fn(readState(paths, profile));
  try {
    writeFileAtomic(statePath(paths, profile), `${JSON.stringify(next, null, 2)}
`);
  } catch {
  }
  return next;
}
function recordLogin(paths, profile, trigger, r, expiresBefore, expiresAfter) {
  const { startedAt, endedAt, exitCode, timedOut, durationMs, tail } = r;
  const lastLogin = { trigger, startedAt, endedAt, exitCode, timedOut, durationMs, outputTail: tail, expiresBefore, expiresAfter };
  updateState(paths, profile, (s) => ({ ...s, lastLogin }));
}
function parseState(text) {
  if (text.length > MAX_STATE_BYTES) return {};
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isObj(raw)) return {};
  const out = {};
  const sts = raw.sts;
  if (isObj(sts) && isNum(sts.checkedAt) && typeof sts.valid === "boolean" && typeof sts.reason === "string") {
    out.sts = { checkedAt: sts.checkedAt, valid: sts.valid, reason: sts.reason };
    if (isNum(sts.expiresAt) || sts.expiresAt === null) out.sts.expiresAt = sts.expiresAt;
    if (typeof sts.key === "string") out.sts.key = sts.key;
  }
  const l = raw.lastLogin;
  if (isObj(l) && (l.trigger === "refresh" || l.trigger === "hook" || l.trigger === "cli") && isNum(l.startedAt) && isNum(l.endedAt) && (isNum(l.exitCode) || l.exitCode === null) && typeof l.timedOut === "boolean") {
    out.lastLogin = {
      trigger: l.trigger,
      startedAt: l.startedAt,
      endedAt: l.endedAt,
      exitCode: l.exitCode,
      timedOut: l.timedOut,
      durationMs: isNum(l.durationMs) ? l.durationMs : l.endedAt - l.startedAt,
      outputTail: Array.isArray(l.outputTail) ? l.outputTail.filter((x) => typeof x === "string").slice(-10) : [],
      expiresBefore: isNum(l.expiresBefore) ? l.expiresBefore : null,
      expiresAfter: isNum(l.expiresAfter) ? l.expiresAfter : null
    };
  }
  if (isNum(raw.lastProactiveLoginAt)) out.lastProactiveLoginAt = raw.lastProactiveLoginAt;
  return out;
}
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isNum = (v) => typeof v === "number" && Number.isFinite(v);

// src/core/sigv4.ts
var sha256Hex = (data) => createHash("sha256").update(data, "utf8").digest("hex");
var hmac = (key, data) => createHmac("sha256", key).update(data, "utf8").digest();
function toAmzDate(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
var uriEncode = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function canonicalQuery(url) {
  const pairs = [...url.searchParams].map(([k, v]) => [uriEncode(k), uriEncode(v)]);
  pairs.sort(([a, av], [b, bv]) => a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0);
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}
function canonicalRequest(i) {
  const entries = Object.entries(i.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, " ")]);
  entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const signedHeaders = entries.map(([k]) => k).join(";");
  const text = [
    i.method.toUpperCase(),
    i.url.pathname || "/",
    canonicalQuery(i.url),
    entries.map(([k, v]) => `${k}:${v}
`).join(""),
    signedHeaders,
    i.payloadHash
  ].join("\n");
  return { text, signedHeaders };
}
function signV4(i) {
  const date = i.amzDate.slice(0, 8);
  const scope = `${date}/${i.region}/${i.service}/aws4_request`;
  const { text, signedHeaders } = canonicalRequest(i);
  const stringToSign = ["AWS4-HMAC-SHA256", i.amzDate, scope, sha256Hex(text)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${i.secretAccessKey}`, date), i.region), i.service), "aws4_request");
  const signature = createHmac("sha256", key).update(stringToSign, "utf8").digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

// src/io/sts.ts
var BODY = "Action=GetCallerIdentity&Version=2011-06-15";
function resolveStsTarget(env, paths, profile) {
  const r = readSmallText(paths.awsConfig, 1024 * 1024);
  return stsTarget(env, "text" in r ? parseAwsIni(r.text) : null, profile);
}
async function probeSts(creds, target, timeoutMs) {
  if (timeoutMs <= 0) return { verdict: "unknown", reason: "no time left to ask STS" };
  const headers = {
    "content-type": "application/x-www-form-urlencoded; charset=utf-8",
    host: target.url.host,
    "x-amz-date": toAmzDate(Date.now())
  };
  if (creds.sessionToken) headers["x-amz-security-token"] = creds.sessionToken;
  const authorization = signV4({
    method: "POST",
    url: target.url,
    headers,
    payloadHash: sha256Hex(BODY),
    region: target.region,
    service: "sts",
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.secretAccessKey,
    amzDate: headers["x-amz-date"]
  });
  const { host: _host, ...sent } = headers;
  try {
    const res = await fetch(target.url, {
      method: "POST",
      headers: { ...sent, authorization },
      body: BODY,
      signal: AbortSignal.timeout(timeoutMs)
    });
    const text = (await res.text()).slice(0, 64 * 1024);
    return classifyStsResponse(res.status, text);
  } catch (err) {
    const name = err instanceof Error ? err.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      return { verdict: "unknown", reason: `STS at ${target.url.host} did not answer within ${Math.round(timeoutMs / 100) / 10} s` };
    }
    const cause = err.cause?.code;
    return { verdict: "unknown", reason: `STS at ${target.url.host} is unreachable${cause ? ` (${cause})` : ""}` };
  }
}
async function probeAndCache(paths, profile, creds, env, timeoutMs) {
  const answer = await probeSts(creds, resolveStsTarget(env, paths, profile), timeoutMs);
  if (answer.verdict !== "unknown") {
    const verdict = { checkedAt: Date.now(), valid: answer.verdict === "valid", reason: answer.reason, key: credentialFingerprint(creds.accessKeyId) };
    updateState(paths, profile, (s) => ({ ...s, sts: verdict }));
  }
  return answer;
}

// src/io/refresh-flow.ts
function hintFor(ctx) {
  const p = loadProfile(ctx);
  return loginHint(ctx, p.ok ? defaultLoginFor(p.value, ctx.profile.name) : null);
}
var CLI_REUSE_MS = 3e3;
var lastCli = null;
function readCreds(ctx, env, budget) {
  const p = loadProfile(ctx);
  if (!p.ok) return p;
  if (p.value.kind === "file") return ok(p.value.creds);
  const { expiresAt } = p.value.expiry;
  if (expiresAt !== null && expiresAt <= Date.now()) return fail("EXPIRED", `the SSO token of profile "${ctx.profile.name}" has expired`, hintFor(ctx));
  if (!lastCli || Date.now() - lastCli.at > CLI_REUSE_MS) {
    const timeoutMs = Math.min(AWS_CLI_DEADLINE_MS, budget.end - Date.now());
    lastCli = { at: Date.now(), result: exportViaAwsCli(ctx.profile.name, env, hintFor(ctx), timeoutMs) };
  }
  return lastCli.result;
}
var forgetCli = () => {
  lastCli = null;
};
function makeChecker(d) {
  const verdicts = /* @__PURE__ */ new Map();
  let lastUnknown = null;
  return async () => {
    const disk = diskState(readCreds(d.ctx, d.env, d.budget), Date.now());
    if (disk.kind !== "unknown") return { valid: disk.kind === "valid", disk, why: null };
    const key = credentialFingerprint(disk.creds.accessKeyId);
    const known = verdicts.get(key);
    if (known !== void 0) return { valid: known, disk, why: null };
    if (lastUnknown?.key === key && Date.now() - lastUnknown.at < STS_PROBE_MS) return { valid: false, disk, why: lastUnknown.why };
    const left = d.budget.end - Date.now();
    const answer = await probeAndCache(d.ctx.paths, d.ctx.profile.name, disk.creds, d.env, Math.min(STS_PROBE_MS, left));
    if (answer.verdict === "unknown") lastUnknown = { key, at: Date.now(), why: answer.reason };
    else verdicts.set(key, answer.verdict === "valid");
    return { valid: answer.verdict === "valid", disk, why: answer.reason };
  };
}
var remainingOf = (disk) => disk.kind === "valid" ? disk.remainingMs : null;
async function runRefresh(d) {
  const { ctx, out } = d;
  const cfg = ctx.loaded.config;
  const check = makeChecker(d);
  const manual = (disk2, why) => {
    for (const line of manualMessage({ profile: ctx.profile.name, disk: disk2, why, loginHint: hintFor(ctx) })) out(line);
    return 1;
  };
  const hasAutoLogin = cfg.autoLoginCmd.trim() !== "";
  const state = readState(ctx.paths, ctx.profile.name);
  let disk = diskState(readCreds(ctx, d.env, d.budget), Date.now());
  let step = firstStep({ disk, hasAutoLogin, lastLogin: state.lastLogin, now: Date.now() });
  let stsWhy = "";
  if (step.do === "probe") {
    const c = await check();
    if (c.valid) return done(out, c.disk);
    disk = c.disk;
    stsWhy = c.why ?? "";
    step = afterProbe({ disk, hasAutoLogin, lastLogin: state.lastLogin, now: Date.now() });
  }
  if (step.do === "done") return done(out, disk);
  if (step.do === "manual") return manual(disk, stsWhy ? `${stsWhy}; ${step.why}` : step.why);
  for (; ; ) {
    if (d.signal.aborted) return manual(disk, "awsAuthRefresh was stopped");
    const lock = tryAcquireLock(ctx.paths, ctx.profile.name, { deadline: d.budget.end, trigger: "refresh" });
    if (lock.acquired) {
      try {
        if (lock.tookOver) out(`Took over the login lock (${lock.tookOver}).`);
        return await leadLogin(d, check, manual, "refresh");
      } finally {
        lock.release();
      }
    }
    const waited = await waitForOther(d, check, lock.lock, manual);
    if (waited !== "acquire") return waited;
  }
}
function done(out, disk) {
  out(refreshedMessage(remainingOf(disk)));
  return 0;
}
async function leadLogin(d, check, manual, trigger) {
  const { ctx, out } = d;
  const before = await check();
  if (before.valid) return done(out, before.disk);
  const timeoutMs = loginTimeoutMs(d.budget, Date.now(), ctx.loaded.config.loginTimeoutSeconds);
  out(`Credentials for AWS profile "${ctx.profile.name}" are not valid; running autoLoginCmd (up to ${Math.round(timeoutMs / 1e3)} s)\u2026`);
  const r = await runLogin({ command: ctx.loaded.config.autoLoginCmd, env: d.env, timeoutMs, signal: d.signal, onLine: (l) => out(`  ${l}`) });
  forgetCli();
  const after = await check();
  record(d, trigger, r, before.disk, after.disk);
  if (after.valid) return done(out, after.disk);
  const secs = Math.round(r.durationMs / 1e3);
  const why = r.spawnError ? `autoLoginCmd could not be started (${r.spawnError})` : r.timedOut ? `autoLoginCmd did not finish within ${secs} s and was stopped` : r.exitCode === null ? "autoLoginCmd was stopped" : r.exitCode !== 0 ? `autoLoginCmd failed (exit code ${r.exitCode})` : `autoLoginCmd finished, but ${after.why ? `the new credentials could not be confirmed (${after.why})` : "the credentials are still not valid"}`;
  return manual(after.disk, why);
}
function record(d, trigger, r, before, after) {
  const expiresAt = (s) => s.kind === "valid" || s.kind === "expired" ? s.expiresAt : null;
  recordLogin(d.ctx.paths, d.ctx.profile.name, trigger, r, expiresAt(before), expiresAt(after));
}
async function waitForOther(d, check, first, manual) {
  const { ctx, out } = d;
  const waitingSince = Math.min(first.holder?.startedAt ?? Date.now(), Date.now());
  const pid = first.holder?.pid ?? null;
  const trigger = first.holder?.trigger;
  out(waitingMessage(pid, Date.now() - waitingSince, trigger));
  let lastReport = Date.now();
  for (; ; ) {
    await (0, import_promises.setTimeout)(WAIT_POLL_MS);
    const c = await check();
    if (d.signal.aborted) return manual(c.disk, "awsAuthRefresh was stopped");
    const now = Date.now();
    const step = waitStep({
      now,
      budget: d.budget,
      diskValid: c.valid,
      lock: inspectLock(ctx.paths, ctx.profile.name, now),
      waitingSince,
      lastLogin: readState(ctx.paths, ctx.profile.name).lastLogin
    });
    switch (step.do) {
      case "done":
        return done(out, c.disk);
      case "wait":
        if (now - lastReport >= WAIT_REPORT_MS) {
          out(waitingMessage(pid, now - waitingSince, trigger));
          lastReport = now;
        }
        break;
      case "acquire":
        return "acquire";
      case "holder-failed":
      case "give-up":
        return manual(c.disk, step.why);
    }
  }
}
async function runBackgroundLogin(d) {
  const { ctx } = d;
  const cfg = ctx.loaded.config;
  if (cfg.autoLoginCmd.trim() === "") return 0;
  const lock = tryAcquireLock(ctx.paths, ctx.profile.name, { deadline: d.budget.end, trigger: "hook" });
  if (!lock.acquired) return 0;
  try {
    const disk = diskState(readCreds(ctx, d.env, d.budget), Date.now());
    if (disk.kind === "valid" && disk.remainingMs > cfg.autoLoginMinutes * 6e4) return 0;
    const timeoutMs = loginTimeoutMs(d.budget, Date.now(), cfg.loginTimeoutSeconds);
    const r = await runLogin({ command: cfg.autoLoginCmd, env: d.env, timeoutMs, signal: d.signal });
    forgetCli();
    const after = diskState(readCreds(ctx, d.env, d.budget), Date.now());
    record(d, "hook", r, disk, after);
    return after.kind === "valid" ? 0 : 1;
  } finally {
    lock.release();
  }
}

// src/entries/auth-refresh.ts
var PREFIX = "cc-aws-keepalive: ";
var emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning, ...rest) => {
  if (/fetch api/i.test(typeof warning === "string" ? warning : warning.message)) return;
  emitWarning(warning, ...rest);
});
async function main() {
  const background = process.argv.includes("--background");
  const budget = makeBudget(Date.now(), process.env);
  const ctx = await loadContext(process.env, processPaths());
  const out = background ? () => {
  } : (line) => void process.stdout.write(`${line}
`);
  for (const w of ctx.loaded.warnings) out(`${PREFIX}${w}`);
  const stop = new AbortController();
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, () => stop.abort());
  const watchdog = setTimeout(() => {
    stop.abort();
    setTimeout(() => {
      out(`${PREFIX}awsAuthRefresh ran out of time; log in manually and send your message again.`);
      process.exit(1);
    }, 2500).unref();
  }, budget.end - Date.now());
  watchdog.unref();
  const deps = { ctx, env: process.env, budget, out, signal: stop.signal };
  return background ? runBackgroundLogin(deps) : runRefresh(deps);
}
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stdout.write(`${PREFIX}unexpected error in awsAuthRefresh: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = 1;
  }
);
