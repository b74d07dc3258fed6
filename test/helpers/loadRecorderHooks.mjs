// Resolve hook of loadRecorder.mjs (runs on Node's loader thread): reports each resolved URL, and
// appends it to the record file when there is one (synchronously: the process may exit any time).
import { appendFileSync } from "node:fs";

let port;
let file;

export function initialize(data) {
  port = data.port;
  file = data.file;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  if (file) appendFileSync(file, `${result.url}\n`);
  return result;
}
