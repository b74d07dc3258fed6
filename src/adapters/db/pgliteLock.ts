// One process at a time on an embedded PGlite directory. Each PGlite is a whole Postgres inside
// its process, with its own buffers: a second process opening the same files (an admin command
// while `npm start` runs) would not see the first one's writes and would overwrite them at its
// checkpoint. A lock next to the data (proper-lockfile: a directory created atomically, its mtime
// refreshed while held, taken over once stale after a kill -9, released on exit) refuses the
// second opener with a sentence saying what to do instead.
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

const STALE_MS = 10_000;

/** Takes the data directory's lock; resolves to its release. Waits out a dead holder's lock (≤ STALE_MS). */
export async function lockDataDir(dataDir: string, log?: DbLog): Promise<() => Promise<void>> {
  const dir = path.resolve(dataDir);
  try {
    return await lockfile.lock(dir, {
      lockfilePath: path.join(dir, "pglite.lock"),
      realpath: false,
      stale: STALE_MS,
      // A holder that dies leaves its lock; it counts as stale once not refreshed for STALE_MS.
      retries: { retries: 6, minTimeout: 500, maxTimeout: 3_000 },
      onCompromised: (err) => log?.error({ err }, "the embedded database's lock was lost (the process stalled longer than its refresh); another process may open it"),
    });
  } catch (e) {
    if ((e as { code?: string }).code === "ELOCKED") throw new DatabaseInUseError(dataDir);
    throw e;
  }
}
