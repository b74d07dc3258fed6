// `node --import tsx --import ./test/helpers/loadRecorder.mjs …`: records the URL of every module
// the process resolves through ESM (globalThis.__resolvedModules), so a test can tell which
// packages a composition really loaded. With CARAVAN_LOAD_RECORD=FILE set, the URLs are also
// appended to FILE as they resolve (a command that exits by itself loses none), and at exit the
// CommonJS modules the process required (a package's own require()s never pass the ESM hook) are
// added as file:// URLs.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";

const file = process.env.CARAVAN_LOAD_RECORD;
const { port1, port2 } = new MessageChannel();
const seen = new Set();
globalThis.__resolvedModules = seen;
port1.on("message", (url) => seen.add(url));
port1.unref();
register("./loadRecorderHooks.mjs", import.meta.url, { data: { port: port2, file }, transferList: [port2] });
if (file) {
  const cache = createRequire(import.meta.url).cache;
  process.on("exit", () => appendFileSync(file, Object.keys(cache).map((p) => `${pathToFileURL(p).href}\n`).join("")));
}
