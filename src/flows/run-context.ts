// What an entry gives every flow: the run's clock, its timers, its environment, its platform and its paths, built
// once by the entry from the process (src/README.md). A flow's own input type extends it (or picks the parts it
// uses) and adds only its own arguments, so `now`, `sleep`, `env`, `platform` and `paths` are declared here alone.
import type { ProfileSnapshot } from '../core/aws/profile-snapshot.ts';
import type { Paths } from '../io/system/paths.ts';

export interface RunContext {
  /** The clock: the only one a flow reads (tests pass a fake one). */
  now: () => number;
  /** Waits: the only timer a flow uses. */
  sleep: (ms: number) => Promise<unknown>;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  paths: Paths;
}

/** A run that read its profile snapshot once (flows/aws/profile-snapshot.ts), shared by all its parts. */
export interface ProfileRun {
  profile: ProfileSnapshot;
}
