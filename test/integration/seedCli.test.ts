// `npm run seed` as an admin uses it: real process, exit codes, FILE:LINE reports, sellers list.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HEADER, row, tempDir, writeFile } from "../helpers/catalogFiles.js";

const root = path.resolve(import.meta.dirname, "../..");

function run(script: string, args: string[], dataDir: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", CARAVAN_DATA_DIR: dataDir, NODE_ENV: "test" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run seed", () => {
  it("exits 0 when every row lands, 1 with FILE:LINE reasons when some do not, and lists sellers", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "caravan-seedcli-"));
    const dir = tempDir();
    const good = writeFile(dir, "good.csv", [HEADER, row("Cli Argan", "C-1", "Argan oil"), row("Cli Argan", "C-2", "Argan soap")].join("\n"));
    const bad = writeFile(dir, "bad.csv", [HEADER, row("Cli Dates", "D-1", "Dates"), row("Cli Dates", "D-2", "Bad dates", { price_min: 9, price_max: 3 })].join("\n"));

    const ok = await run("scripts/seed.ts", [good], dataDir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/good\.csv: 2 rows read — 2 new, 0 updated, 0 unchanged, 0 rejected/);
    expect(ok.stdout).toMatch(/Cli Argan\s+CRV-[2-9A-Z]{4}-[2-9A-Z]{4}/);

    const partial = await run("scripts/seed.ts", [bad, `${dir}/missing.csv`], dataDir);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain(`${bad}:3: price_min (9) is greater than price_max (3)`);
    expect(partial.stderr).toContain(`${dir}/missing.csv: file not found`);
    expect(partial.stdout).toMatch(/bad\.csv: 2 rows read — 1 new, 0 updated, 0 unchanged, 1 rejected/);
    expect(partial.stderr).not.toMatch(/\n\s+at /); // no stack traces

    const again = await run("scripts/seed.ts", [good], dataDir);
    expect(again.stdout).toMatch(/0 new, 0 updated, 2 unchanged, 0 rejected/);

    const sellers = await run("scripts/sellers.ts", ["--json"], dataDir);
    expect(sellers.code).toBe(0);
    const list = JSON.parse(sellers.stdout) as { seller: string; claimCode: string; products: number }[];
    expect(list.map((s) => [s.seller, s.products])).toEqual([["Cli Argan", 2], ["Cli Dates", 1]]);
  }, 120_000);
});
