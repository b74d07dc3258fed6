// Shared wrapper for CLI scripts: loads configuration (one clear message and exit 1 when it is
// wrong), runs the body, and turns unexpected errors into one line instead of a stack trace.
import { ConfigError, loadConfig, type Config } from "../../src/config.js";

export class UsageError extends Error {}

export async function runScript(name: string, body: (ctx: { config: Config; argv: string[] }) => Promise<number | void>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  try {
    const code = await body({ config, argv: process.argv.slice(2) });
    process.exitCode = code ?? 0;
  } catch (e) {
    if (e instanceof UsageError) console.error(`${name}: ${e.message}`);
    else {
      console.error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      if (config.LOG_LEVEL === "debug" || config.LOG_LEVEL === "trace") console.error(e);
    }
    process.exitCode = 1;
  }
}

/** `--limit N` of the admin lists: a positive whole number, or a usage error. */
export function limitArg(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError("--limit takes a positive whole number");
  return limit;
}
