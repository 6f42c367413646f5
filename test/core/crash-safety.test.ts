import { describe, expect, it } from 'vitest';
import { runCrashTrials, summarize } from '../helpers/crash-harness';

/*
 * The core runs in a child process on a file database, writing as fast as it can; the test kills
 * it with SIGKILL at random moments. After every kill the file must open, pass integrity_check and
 * foreign_key_check, and hold every write the child acknowledged. A longer run: `npm run bench:crash`.
 */
describe('crash safety', () => {
  it(
    'keeps every acknowledged write and a sound file through 50 SIGKILLs',
    // Each trial starts a Node child and waits for it to write: on a loaded two-core runner the
    // 50 trials took just over two minutes once. The timeout guards against a hang, not slowness.
    { timeout: 360_000 },
    async () => {
      const report = await runCrashTrials({ trials: 50, lanes: 2 });
      console.log(summarize(report));
      expect(report.failures).toEqual([]);
      expect(report.trials).toBe(50);
      expect(report.acknowledged).toBeGreaterThan(50);
    },
  );
});
