// `node --import tsx --import ./test/helpers/loadRecorder.mjs …`: records the URL of every module
// the process resolves through ESM (globalThis.__resolvedModules), so a test can tell which
// packages a composition really loaded.
import { register } from "node:module";
import { MessageChannel } from "node:worker_threads";

const { port1, port2 } = new MessageChannel();
const seen = new Set();
globalThis.__resolvedModules = seen;
port1.on("message", (url) => seen.add(url));
port1.unref();
register("./loadRecorderHooks.mjs", import.meta.url, { data: { port: port2 }, transferList: [port2] });
