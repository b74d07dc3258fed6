// Child process of test/integration/lazyLoading.test.ts: builds `npm start`'s app from the
// environment it is given (never starting it: no network, no port), lets background loads settle,
// and prints the module URLs the process resolved as one JSON line.
import { setTimeout as sleep } from "node:timers/promises";
import { loadConfig } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { createApp } from "../../src/app.js";

const app = await createApp(loadConfig(), silentLogger);
await sleep(500);
const seen = (globalThis as { __resolvedModules?: Set<string> }).__resolvedModules;
if (!seen) throw new Error("run with --import ./test/helpers/loadRecorder.mjs");
console.log(JSON.stringify([...seen]));
await app.stop();
