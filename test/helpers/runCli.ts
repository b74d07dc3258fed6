// Runs one of scripts/*.ts as an admin would (`npm run NAME`): a real process with only the given
// environment (plus PATH and HOME), LOG_LEVEL=warn unless set. Never throws on a non-zero exit.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");
const exec = promisify(execFile);

export async function runCli(script: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await exec(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
      cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", ...env }, timeout: timeoutMs,
    });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}
