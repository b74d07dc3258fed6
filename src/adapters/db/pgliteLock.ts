// One process at a time on an embedded PGlite directory. Each PGlite is a whole Postgres inside
// its process, with its own buffers: a second process opening the same files (an admin command
// while `npm start` runs) would not see the first one's writes and would overwrite them at its
// checkpoint. A lock next to the data (proper-lockfile: a directory created atomically, its mtime
// refreshed while held, taken over once stale after a kill -9, released on exit) refuses the
// second opener with a sentence saying what to do instead.
import { statSync } from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import type { DbLog } from "./notifications.js";

export class DatabaseInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `The embedded database in ${dataDir} is in use by another Caravan process (npm start, or an admin command still running). ` +
        "Stop that process first and run this again, or set DATABASE_URL to a Postgres database, which any number of processes can share.",
    );
    this.name = "DatabaseInUseError";
  }
}

// The holder refreshes the lock every UPDATE_MS; one not refreshed for STALE_MS is a dead holder's.
const UPDATE_MS = 2_000;
const STALE_MS = 20_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes the data directory's lock; resolves to its release. A lock held by a live process is
 * refreshed every UPDATE_MS: seeing it refreshed means refusal. One that is not refreshed is a
 * killed process's (even a fresh one, right after a kill -9): waited on until stale, then taken over.
 */
export async function lockDataDir(dataDir: string, log?: DbLog): Promise<() => Promise<void>> {
  const dir = path.resolve(dataDir);
  const lockPath = path.join(dir, "pglite.lock");
  const giveUpAt = Date.now() + STALE_MS + 5_000;
  let firstSeen: number | null = null;
  for (;;) {
    try {
      return await lockfile.lock(dir, {
        lockfilePath: lockPath,
        realpath: false,
        stale: STALE_MS,
        update: UPDATE_MS,
        onCompromised: (err) => log?.error({ err }, "the embedded database's lock was lost (the process stalled longer than its refresh); another process may open it"),
      });
    } catch (e) {
      if ((e as { code?: string }).code !== "ELOCKED") throw e;
      const mtime = lockMtime(lockPath);
      firstSeen ??= mtime;
      if ((mtime !== null && firstSeen !== null && mtime > firstSeen) || Date.now() > giveUpAt) throw new DatabaseInUseError(dataDir);
      await sleep(500);
    }
  }
}

function lockMtime(lockPath: string): number | null {
  try {
    return statSync(lockPath).mtimeMs;
  } catch {
    return null; // gone meanwhile: try again
  }
}
