// Why a careful edit of settings.json or our config (io/system/text-file.ts) refused, worded from the facts the
// adapter found: the file, the error code, its size. Every refusal says nothing was changed.
import { fail, type Result } from '../errors.ts';

export const editRefusal = {
  unreadable: (file: string, code: string): Result<never> => fail('SETTINGS_READ', `cannot read ${file} (${code})`, 'check its permissions; nothing was changed'),
  notRegular: (file: string): Result<never> => fail('SETTINGS_READ', `${file} is not a regular file`, 'move it aside; nothing was changed'),
  tooLarge: (file: string, bytes: number): Result<never> =>
    fail('SETTINGS_READ', `${file} is ${Math.round(bytes / 1024)} KiB, far larger than a settings file`, 'check what wrote it; nothing was changed'),
  /** `problem`: the careful reader's own sentence (io/system/safe-read.ts). */
  readProblem: (problem: string): Result<never> => fail('SETTINGS_READ', problem, 'nothing was changed'),
  notUtf8: (file: string): Result<never> => fail('SETTINGS_READ', `${file} is not UTF-8 text`, 'save it as UTF-8; nothing was changed'),
  /** `makeWritable`: the platform's command that clears the read-only bit. */
  readOnly: (file: string, makeWritable: string): Result<never> =>
    fail('SETTINGS_READONLY', `${file} is read-only`, `make it writable (${makeWritable}) or make the change by hand; nothing was changed`),
  changed: (file: string): Result<never> => fail('SETTINGS_CHANGED', `${file} changed while we were editing it`, 'run the command again; nothing was changed'),
  unwritable: (file: string, code: string, dir: string): Result<never> =>
    fail('SETTINGS_WRITE', `cannot write ${file} (${code})`, `check the permissions of ${dir}; the file was left as it was`),
};
