var __ccSelfUrl = require('url').pathToFileURL(require('path').join(__dirname, '..', "statusline.cjs")).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// builtin:crypto
function createHash(...a) {
  return new.target ? Reflect.construct(load().createHash, a, new.target) : load().createHash(...a);
}
var m, load, crypto_default;
var init_crypto = __esm({
  "builtin:crypto"() {
    load = () => m ??= require("node:crypto");
    crypto_default = new Proxy({}, { get: (_, k) => load()[k] });
  }
});

// builtin:child_process
var child_process_exports = {};
__export(child_process_exports, {
  ChildProcess: () => ChildProcess,
  _forkChild: () => _forkChild,
  default: () => child_process_default,
  exec: () => exec,
  execFile: () => execFile,
  execFileSync: () => execFileSync,
  execSync: () => execSync,
  fork: () => fork,
  spawn: () => spawn,
  spawnSync: () => spawnSync
});
function ChildProcess(...a) {
  return new.target ? Reflect.construct(load2().ChildProcess, a, new.target) : load2().ChildProcess(...a);
}
function _forkChild(...a) {
  return new.target ? Reflect.construct(load2()._forkChild, a, new.target) : load2()._forkChild(...a);
}
function exec(...a) {
  return new.target ? Reflect.construct(load2().exec, a, new.target) : load2().exec(...a);
}
function execFile(...a) {
  return new.target ? Reflect.construct(load2().execFile, a, new.target) : load2().execFile(...a);
}
function execFileSync(...a) {
  return new.target ? Reflect.construct(load2().execFileSync, a, new.target) : load2().execFileSync(...a);
}
function execSync(...a) {
  return new.target ? Reflect.construct(load2().execSync, a, new.target) : load2().execSync(...a);
}
function fork(...a) {
  return new.target ? Reflect.construct(load2().fork, a, new.target) : load2().fork(...a);
}
function spawn(...a) {
  return new.target ? Reflect.construct(load2().spawn, a, new.target) : load2().spawn(...a);
}
function spawnSync(...a) {
  return new.target ? Reflect.construct(load2().spawnSync, a, new.target) : load2().spawnSync(...a);
}
var m2, load2, child_process_default;
var init_child_process = __esm({
  "builtin:child_process"() {
    load2 = () => m2 ??= require("node:child_process");
    child_process_default = new Proxy({}, { get: (_, k) => load2()[k] });
  }
});

// src/core/sts-plan.ts
var sts_plan_exports = {};
__export(sts_plan_exports, {
  STS_CACHE_TTL_MS: () => STS_CACHE_TTL_MS,
  cachedStsVerdict: () => cachedStsVerdict,
  classifyStsResponse: () => classifyStsResponse,
  credentialFingerprint: () => credentialFingerprint,
  regionFromAwsConfig: () => regionFromAwsConfig,
  stsTarget: () => stsTarget
});
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
function cachedStsVerdict(state, now, accessKeyId) {
  const v = state.sts;
  if (!v) return null;
  if (v.checkedAt > now + 5e3 || now - v.checkedAt > STS_CACHE_TTL_MS) return null;
  if (accessKeyId !== void 0 && v.key !== credentialFingerprint(accessKeyId)) return null;
  return v;
}
var STS_CACHE_TTL_MS, nonEmpty2, REJECTED;
var init_sts_plan = __esm({
  "src/core/sts-plan.ts"() {
    "use strict";
    init_crypto();
    STS_CACHE_TTL_MS = 2 * 6e4;
    nonEmpty2 = (v) => typeof v === "string" && v.trim() !== "";
    REJECTED = /* @__PURE__ */ new Set([
      "ExpiredToken",
      "ExpiredTokenException",
      "InvalidClientTokenId",
      "UnrecognizedClientException",
      "SignatureDoesNotMatch",
      "InvalidAccessKeyId",
      "AccessDenied",
      "TokenRefreshRequired"
    ]);
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
function formatRemaining(remainingMs) {
  return remainingMs <= 0 ? "EXPIRED" : formatDuration(remainingMs);
}

// src/core/omc-legacy.ts
var isOmcHudCommand = (command) => command.includes("omc-hud");

// src/core/render-status.ts
var YELLOW = "\x1B[33m";
var RED = "\x1B[31m";
var RESET = "\x1B[0m";
function renderAwsStatus(i) {
  const label = i.style === "inline" ? "aws:" : "AWS: ";
  let text;
  let tint = "";
  if (i.remainingMs !== null) {
    text = formatRemaining(i.remainingMs);
    if (i.remainingMs <= 0) tint = RED;
    else if (i.remainingMs <= i.timerWarnMinutes * 6e4) tint = YELLOW;
  } else if (i.sts) {
    text = i.sts.valid ? "ok" : "EXPIRED";
    if (!i.sts.valid) tint = RED;
  } else {
    return "";
  }
  return i.color && tint ? `${tint}${label}${text}${RESET}` : `${label}${text}`;
}
var STATUS_STS_VALID_FOR_MS = 15 * 6e4;
function displayVerdict(v, now) {
  if (!v || v.checkedAt > now + 5e3) return null;
  return !v.valid || now - v.checkedAt <= STATUS_STS_VALID_FOR_MS ? { valid: v.valid } : null;
}
var styleFor = (statusLineCmd) => isOmcHudCommand(statusLineCmd) ? "inline" : "segment";
var colorEnabled = (env) => !env.NO_COLOR;
function composeStatus(base, ours) {
  const lines = base.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  if (!ours) return lines.join("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first === -1) return ours;
  const reset = lines[first].includes("\x1B[") ? RESET : "";
  lines[first] = `${lines[first]}${reset} | ${ours}`;
  return lines.join("\n");
}

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
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object2, key) {
  return Object.hasOwn(object2, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
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
function getFallback(schema, dataset, config2) {
  return typeof schema.fallback === "function" ? (
    // @ts-expect-error
    schema.fallback(dataset, config2)
  ) : (
    // @ts-expect-error
    schema.fallback
  );
}
// @__NO_SIDE_EFFECTS__
function fallback(schema, fallback2) {
  return {
    ...schema,
    fallback: fallback2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      const outputDataset = schema["~run"](dataset, config2);
      return outputDataset.issues ? { typed: true, value: /* @__PURE__ */ getFallback(this, outputDataset, config2) } : outputDataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config2) {
  return typeof schema.default === "function" ? (
    // @ts-expect-error
    schema.default(dataset, config2)
  ) : (
    // @ts-expect-error
    schema.default
  );
}
// @__NO_SIDE_EFFECTS__
function looseObject(entries2, message2) {
  return {
    kind: "schema",
    type: "loose_object",
    reference: looseObject,
    expects: "Object",
    async: false,
    entries: entries2,
    message: message2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && // @ts-expect-error
          valueSchema.default !== void 0) {
            const value2 = key in input ? (
              // @ts-expect-error
              input[key]
            ) : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value2 }, config2);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value2
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) {
                  issue.path.unshift(pathItem);
                } else {
                  issue.path = [pathItem];
                }
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) {
                dataset.issues = valueDataset.issues;
              }
              if (config2.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) {
              dataset.typed = false;
            }
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) {
            dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          } else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config2, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  // @ts-expect-error
                  value: input[key]
                }
              ]
            });
            if (config2.abortEarly) {
              break;
            }
          }
        }
        if (!dataset.issues || !config2.abortEarly) {
          for (const key in input) {
            if (/* @__PURE__ */ _isValidObjectKey(input, key) && !(key in this.entries)) {
              dataset.value[key] = input[key];
            }
          }
        }
      } else {
        _addIssue(this, "type", dataset, config2);
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
function optional(wrapped, default_) {
  return {
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) {
          dataset.value = /* @__PURE__ */ getDefault(this, dataset, config2);
        }
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config2);
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

// src/schemas/statusline-input.ts
var StatusLineInputSchema = looseObject({
  session_id: fallback(optional(string()), void 0)
});
function parseStatusLineInput(raw) {
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  const r = safeParse(StatusLineInputSchema, json);
  return r.success ? r.output : {};
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

// src/io/profile-source.ts
var import_node_path2 = require("node:path");

// src/errors.ts
var ok = (value) => ({ ok: true, value });
var fail = (code, message, hint) => ({
  ok: false,
  error: { code, message, hint }
});

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

// src/core/aws-config.ts
init_crypto();
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

// src/io/state-file.ts
var import_node_fs3 = require("node:fs");
var import_node_path4 = require("node:path");

// src/io/atomic-write.ts
var import_node_fs2 = require("node:fs");
var import_node_path3 = require("node:path");
var seq = 0;
function writeFileAtomic(file, data, mode = 384) {
  const dir = (0, import_node_path3.dirname)(file);
  (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
  const tmp = (0, import_node_path3.join)(dir, `.${(0, import_node_path3.basename)(file)}.${process.pid}.${Date.now().toString(36)}.${(seq++).toString(36)}.tmp`);
  const fd = (0, import_node_fs2.openSync)(tmp, "wx", mode);
  try {
    (0, import_node_fs2.writeSync)(fd, data);
    (0, import_node_fs2.fsyncSync)(fd);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  try {
    (0, import_node_fs2.renameSync)(tmp, file);
  } catch (err) {
    try {
      (0, import_node_fs2.unlinkSync)(tmp);
    } catch {
    }
    throw err;
  }
}

// src/io/state-file.ts
var MAX_STATE_BYTES = 256 * 1024;
function statePath(paths, profile) {
  return (0, import_node_path4.join)(paths.stateDir, `${profileStem(profile)}.json`);
}
function readState(paths, profile) {
  let text;
  try {
    const file = statePath(paths, profile);
    if (!(0, import_node_fs3.statSync)(file, { throwIfNoEntry: false })) return {};
    text = (0, import_node_fs3.readFileSync)(file, "utf8");
  } catch {
    return {};
  }
  return parseState(text);
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

// src/io/session-status.ts
function readSessionStatus(ctx) {
  const state = readState(ctx.paths, ctx.profile.name);
  const p = loadProfile(ctx);
  if (!p.ok) return { expiry: { expiresAt: null, source: { kind: "none" }, reason: p.error.message }, creds: null, defaultLogin: null, state };
  return {
    expiry: p.value.expiry,
    creds: p.value.kind === "file" ? p.value.creds : null,
    defaultLogin: defaultLoginFor(p.value, ctx.profile.name),
    state
  };
}

// src/io/status-compose.ts
var import_node_fs4 = require("node:fs");
var import_node_path5 = require("node:path");
var STATUS_COMMAND_DEADLINE_MS = 3e3;
var MAX_OUTPUT_BYTES = 64 * 1024;
var MAX_CACHED_SESSIONS = 20;
function cacheFile(stateDir) {
  return (0, import_node_path5.join)(stateDir, "statusline-cache.json");
}
async function runStatusLineCommand(run) {
  const key = `${fnv1a(run.command)}:${run.sessionId ?? ""}`;
  const r = await execShell(run);
  if (r.ok) {
    if (r.stdout.trim()) remember(run.stateDir, key, r.stdout);
    return { output: r.stdout, source: "fresh", problem: null };
  }
  const last = readCache(run.stateDir)[key];
  return last ? { output: last.output, source: "last-good", problem: r.problem } : { output: "", source: "none", problem: r.problem };
}
function fnv1a(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, "0");
}
async function execShell(run) {
  const timeoutMs = run.timeoutMs ?? STATUS_COMMAND_DEADLINE_MS;
  const { spawn: spawn2 } = await Promise.resolve().then(() => (init_child_process(), child_process_exports));
  return new Promise((resolve) => {
    let settled = false;
    const done = (r) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    let child;
    try {
      child = spawn2(run.command, {
        shell: true,
        cwd: run.cwd,
        env: run.env,
        stdio: ["pipe", "pipe", "ignore"],
        windowsHide: true,
        // Its own process group, so the deadline kills the shell and whatever it started.
        detached: process.platform !== "win32"
      });
    } catch (err) {
      resolve({ ok: false, problem: `could not start statusLineCmd: ${err.message}` });
      return;
    }
    const kill = () => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
      }
    };
    const timer = setTimeout(() => {
      kill();
      done({ ok: false, problem: `statusLineCmd did not finish within ${timeoutMs} ms` });
    }, timeoutMs);
    run.signal?.addEventListener("abort", () => {
      kill();
      done({ ok: false, problem: "cancelled" });
    });
    const chunks = [];
    let size = 0;
    child.stdout.on("data", (c) => {
      if (size < MAX_OUTPUT_BYTES) chunks.push(c);
      size += c.length;
    });
    child.on("error", (err) => done({ ok: false, problem: `could not start statusLineCmd: ${err.message}` }));
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(chunks).toString("utf8").slice(0, MAX_OUTPUT_BYTES);
      if (code === 0) done({ ok: true, stdout });
      else done({ ok: false, problem: `statusLineCmd exited with ${code ?? signal}` });
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(run.stdin);
  });
}
function readCache(stateDir) {
  try {
    const raw = JSON.parse((0, import_node_fs4.readFileSync)(cacheFile(stateDir), "utf8"));
    const entries = raw.entries;
    if (typeof entries !== "object" || entries === null) return {};
    const out = {};
    for (const [k, e] of Object.entries(entries)) {
      if (typeof e === "object" && e !== null && typeof e.at === "number" && typeof e.output === "string") out[k] = { at: e.at, output: e.output };
    }
    return out;
  } catch {
    return {};
  }
}
function remember(stateDir, key, output) {
  const entries = readCache(stateDir);
  if (entries[key]?.output === output) return;
  entries[key] = { at: Date.now(), output };
  const kept = Object.entries(entries).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_CACHED_SESSIONS);
  try {
    writeFileAtomic(cacheFile(stateDir), `${JSON.stringify({ entries: Object.fromEntries(kept) })}
`);
  } catch {
  }
}

// src/io/stdin.ts
var import_node_fs5 = require("node:fs");
var MAX_STDIN_BYTES = 1024 * 1024;
function readStdin(timeoutMs) {
  try {
    if ((0, import_node_fs5.fstatSync)(0).isCharacterDevice()) return Promise.resolve("");
  } catch {
    return Promise.resolve("");
  }
  const chunks = [];
  let size = 0;
  const buf = Buffer.alloc(64 * 1024);
  for (; ; ) {
    let n;
    try {
      n = (0, import_node_fs5.readSync)(0, buf, 0, buf.length, null);
    } catch (err) {
      if (err.code === "EAGAIN") return pollStdin(timeoutMs, chunks, size);
      break;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    size += n;
    if (size >= MAX_STDIN_BYTES) break;
  }
  return Promise.resolve(Buffer.concat(chunks).toString("utf8"));
}
function pollStdin(timeoutMs, chunks, size) {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString("utf8"));
    };
    const timer = setTimeout(finish, timeoutMs);
    const buf = Buffer.alloc(64 * 1024);
    const next = () => (0, import_node_fs5.read)(0, buf, 0, buf.length, null, (err, n) => {
      if (done) return;
      if (err && err.code === "EAGAIN") return void setTimeout(next, 5);
      if (err || n === 0) return finish();
      chunks.push(Buffer.from(buf.subarray(0, n)));
      size += n;
      if (size >= MAX_STDIN_BYTES) finish();
      else next();
    });
    next();
  });
}
function writeStdout(text) {
  const data = Buffer.from(text, "utf8");
  let off = 0;
  for (let spins = 0; off < data.length && spins < 500; ) {
    try {
      off += (0, import_node_fs5.writeSync)(1, data, off);
    } catch (err) {
      if (err.code !== "EAGAIN") return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
      spins++;
    }
  }
}

// src/entries/statusline.ts
async function main() {
  const stdin = await readStdin(1e3);
  const ctx = await loadContext(process.env, processPaths());
  const { statusLineCmd, timerWarnMinutes } = ctx.loaded.config;
  const command = statusLineCmd.trim();
  const abort = command ? new AbortController() : null;
  process.once("SIGTERM", () => {
    abort?.abort();
    process.exit(143);
  });
  const other = abort ? runStatusLineCommand({
    command,
    stdin,
    env: process.env,
    sessionId: parseStatusLineInput(stdin).session_id,
    stateDir: ctx.paths.stateDir,
    signal: abort.signal
  }) : null;
  const now = Date.now();
  const s = readSessionStatus(ctx);
  let sts = null;
  if (s.expiry.expiresAt === null && s.creds && s.state.sts) {
    const { credentialFingerprint: credentialFingerprint2 } = await Promise.resolve().then(() => (init_sts_plan(), sts_plan_exports));
    if (s.state.sts.key === credentialFingerprint2(s.creds.accessKeyId)) sts = s.state.sts;
  }
  const ours = renderAwsStatus({
    remainingMs: s.expiry.expiresAt === null ? null : s.expiry.expiresAt - now,
    sts: displayVerdict(sts, now),
    timerWarnMinutes,
    color: colorEnabled(process.env),
    style: styleFor(command)
  });
  return composeStatus(other ? (await other).output : "", ours);
}
main().then(
  (line) => {
    writeStdout(line ? `${line}
` : "");
    process.exit(0);
  },
  // A status line has no place for errors: show nothing rather than a stack trace.
  () => process.exit(0)
);
