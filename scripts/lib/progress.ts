// Progress feedback: a cli-progress bar on an interactive terminal, a plain line every few
// seconds otherwise (CI logs, pipes), so long imports never look stuck and logs stay readable.
import cliProgress from "cli-progress";

export interface Progress {
  update(done: number, info: Record<string, string | number>): void;
  stop(): void;
}

export function createProgress(label: string, total: number, unit: string): Progress {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {rows} rows | {rate}/s | ETA {eta_formatted}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rows: 0, rate: 0 });
    return { update: (done, info) => bar.update(done, info), stop: () => bar.stop() };
  }
  let last = Date.now();
  return {
    update(done, info) {
      if (Date.now() - last < 5_000) return;
      last = Date.now();
      const pct = total ? Math.round((done / total) * 100) : 0;
      process.stderr.write(`${label}: ${pct}% of ${unit}, ${info.rows} rows, ${info.rate}/s\n`);
    },
    stop() {},
  };
}
