// doctor's checks of what Claude Code itself needs to reach Bedrock, where users trip: CLAUDE_CODE_USE_BEDROCK and
// AWS_REGION where Claude Code sees them, and a model's inference-profile prefix that does not fit the region.
// Pure: the layers Claude Code builds its environment from come in, lowest first.

/** One layer of Claude Code's environment: its own process environment, then each settings file's `env`. */
export interface EnvLayer {
  /** `the environment`, or the settings file. */
  from: string;
  env: Record<string, unknown>;
}

/** A doctor check (the shape of doctor.ts's Check, which imports this file). */
export interface EnvCheck {
  status: 'ok' | 'fail' | 'warn';
  title: string;
  fix?: string;
}

const MODEL_VARS = ['ANTHROPIC_MODEL', 'ANTHROPIC_SMALL_FAST_MODEL', 'ANTHROPIC_DEFAULT_OPUS_MODEL', 'ANTHROPIC_DEFAULT_SONNET_MODEL', 'ANTHROPIC_DEFAULT_HAIKU_MODEL'];
const truthy = (v: string) => ['1', 'true', 'yes', 'on'].includes(v.trim().toLowerCase());

/** The value Claude Code ends up with: the last layer that sets it wins (settings `env` over the environment). */
function seen(layers: readonly EnvLayer[], name: string): { name: string; value: string; from: string } | null {
  let out: { name: string; value: string; from: string } | null = null;
  for (const l of layers) {
    const v = l.env[name];
    if (typeof v === 'string' && v.trim()) out = { name, value: v.trim(), from: l.from };
  }
  return out;
}

// Cross-region inference profiles (`us.anthropic…`) route within one geography; the region must be in it.
const GEOGRAPHY: Record<string, RegExp> = {
  us: /^us-(?!gov-)/,
  'us-gov': /^us-gov-/,
  eu: /^eu-/,
  apac: /^ap-/,
  jp: /^ap-northeast-[13]$/,
  au: /^ap-southeast-[24]$/,
  ca: /^ca-/,
};

/** Why `model` cannot be called from `region`, or null when it can (or we cannot tell). */
export function modelRegionProblem(model: string, region: string): string | null {
  const arn = /^arn:aws[\w-]*:bedrock:([a-z0-9-]+):/.exec(model);
  if (arn) return arn[1] === region ? null : `is in ${arn[1]}, not ${region}`;
  const prefix = /^([a-z]+(?:-gov)?)\.anthropic\./.exec(model)?.[1];
  if (!prefix || prefix === 'global') return null;
  const geo = GEOGRAPHY[prefix];
  if (!geo || geo.test(region)) return null;
  return `is a "${prefix}." inference profile, which ${region} does not serve`;
}

export function bedrockEnvChecks(layers: readonly EnvLayer[], userSettings: string): EnvCheck[] {
  const checks: EnvCheck[] = [];
  const where = layers.map((l) => l.from).join(', ');
  const bedrock = seen(layers, 'CLAUDE_CODE_USE_BEDROCK');
  if (bedrock && truthy(bedrock.value)) checks.push({ status: 'ok', title: `Claude Code uses Bedrock (CLAUDE_CODE_USE_BEDROCK in ${bedrock.from})` });
  else {
    checks.push({
      status: 'warn',
      title: `CLAUDE_CODE_USE_BEDROCK is not set where Claude Code sees it (${where}): cc-aws-keepalive acts only in Bedrock sessions`,
      fix: `add "CLAUDE_CODE_USE_BEDROCK": "1" to "env" in ${userSettings}`,
    });
    return checks;
  }
  // Claude Code's own order (read from its bundle, 2.1.197 and 2.1.332): AWS_REGION, AWS_DEFAULT_REGION, the
  // profile's region in ~/.aws/config, then us-east-1. Only the environment is visible to every session alike.
  const region = seen(layers, 'AWS_REGION') ?? seen(layers, 'AWS_DEFAULT_REGION');
  if (!region) {
    checks.push({
      status: 'warn',
      title: `neither AWS_REGION nor AWS_DEFAULT_REGION is set where Claude Code sees it (${where}): Claude Code then takes the profile's region from ~/.aws/config, else us-east-1`,
      fix: `add "AWS_REGION": "<your Bedrock region>" to "env" in ${userSettings}, so every session and the inference-profile check agree`,
    });
    return checks;
  }
  const name = region.name;
  checks.push({ status: 'ok', title: `${name} ${region.value} (in ${region.from})` });
  for (const modelVar of MODEL_VARS) {
    const model = seen(layers, modelVar);
    const problem = model ? modelRegionProblem(model.value, region.value) : null;
    if (model && problem) {
      checks.push({
        status: 'fail',
        title: `${modelVar} ${model.value} (in ${model.from}) ${problem} (${name}, in ${region.from})`,
        fix: `use the inference profile of ${region.value}'s geography (e.g. ${region.value.startsWith('eu-') ? 'eu.' : region.value.startsWith('ap-') ? 'apac.' : 'us.'}anthropic…), a "global." one, or set AWS_REGION to a region the profile serves`,
      });
    }
  }
  return checks;
}
