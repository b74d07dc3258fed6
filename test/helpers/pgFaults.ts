// Database faults for failover tests on real Postgres.
import pg from "pg";

/** Terminates every other connection to the database at `url`, as a restart does; returns how many. */
export async function terminateBackends(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
    return r.rowCount ?? 0;
  } finally {
    await c.end();
  }
}
