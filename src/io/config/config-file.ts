// Reads our config from disk. The TOML parser is loaded only when a config.toml exists (hot path stays light).
import { existsSync } from 'node:fs';
import { defaultConfig } from '../../schemas/config.ts';
import { parseConfigText, type ParsedConfig } from '../../core/config/config-parse.ts';
import { bothConfigsWarning, quickConfig } from '../../core/config/config-quick.ts';
import { stripBom } from '../../core/text.ts';
import type { Paths } from '../system/paths.ts';
import { readRegularText } from '../system/safe-read.ts';

const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig extends ParsedConfig {
  /** The file the values came from, or null when defaults are in use. */
  file: string | null;
}

/** Size-checked read of a regular file (a FIFO or directory is a message, never a hang); `missing` when absent. */
export const readSmallText = readRegularText;

export async function loadConfig(paths: Paths): Promise<LoadedConfig> {
  const json = readSmallText(paths.configJson, MAX_CONFIG_BYTES);
  const toml = readSmallText(paths.configToml, MAX_CONFIG_BYTES);
  const hasJson = !('missing' in json);
  const hasToml = !('missing' in toml);
  if (hasJson && hasToml) {
    return {
      config: defaultConfig(),
      file: null,
      warnings: [bothConfigsWarning(paths.configJson, paths.configToml)],
    };
  }
  if (hasJson) return fromRead(json, paths.configJson, 'json');
  if (hasToml) {
    if (!('text' in toml)) return fromRead(toml, paths.configToml, 'toml');
    const { parse } = await import('@iarna/toml');
    return { ...parseConfigText(toml.text, paths.configToml, 'toml', parse), file: paths.configToml };
  }
  return { config: defaultConfig(), file: null, warnings: [] };
}

function fromRead(r: { text: string } | { problem: string } | { missing: true }, file: string, kind: 'json' | 'toml'): LoadedConfig {
  if ('problem' in r) return { config: defaultConfig(), file: null, warnings: [`${r.problem} — using defaults`] };
  if (!('text' in r)) return { config: defaultConfig(), file: null, warnings: [] };
  // Most starts end here, without loading the full parser and its schemas.
  const quick = kind === 'json' ? quickConfig(stripBom(r.text)) : null;
  if (quick) return { config: quick, warnings: [], file };
  return { ...parseConfigText(r.text, file, kind), file };
}

/** Which of our config files exist: setup creates one only when neither does, and refuses to choose between two. */
export function configFilesPresent(paths: Pick<Paths, 'configJson' | 'configToml'>): { json: boolean; toml: boolean } {
  return { json: existsSync(paths.configJson), toml: existsSync(paths.configToml) };
}
