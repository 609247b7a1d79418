// cc-aws-keepalive install: kept for settings written by earlier versions; the code is in install.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// The bundle knows itself as install.cjs (the CLI checks that it is the script being run).
process.argv[1] = fileURLToPath(new URL('./install.cjs', import.meta.url));
createRequire(import.meta.url)('./install.cjs');
