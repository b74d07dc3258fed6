// `prisma generate` without the schema-engine binary (which cannot be downloaded offline):
// generation does not use the engine, so pointing the variable at /bin/true is safe here.
// Never do this for migrate commands (they would report success and apply nothing).
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (process.platform !== "win32") env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";
const r = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
