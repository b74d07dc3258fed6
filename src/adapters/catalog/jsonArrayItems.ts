// Streams the top-level items of a JSON array with the line each starts on, so a 100k-item file
// is never held whole in memory and bad items are reported as FILE:LINE like CSV rows.
// Each item's own text is parsed with JSON.parse; this only finds where items begin and end.

import type { FileIssue } from "../../core/catalog/fileIssues.js";

export class JsonShapeError extends Error {
  constructor(readonly issue: FileIssue) {
    super(issue.code);
  }
}

export async function* jsonArrayItems(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let line = 1;
  let depth = 0; // 0 = before the array, 1 = inside the array, >1 = inside an item
  let inString = false;
  let escaped = false;
  let started = false;
  let item = "";
  let itemLine = 0;
  let inScalarItem = false;

  const endItem = function* () {
    const t = item.trim();
    if (t) yield { line: itemLine, text: t };
    item = "";
    inScalarItem = false;
  };

  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (ch === "\n") line++;
      if (!started) {
        if (/\s/.test(ch)) continue;
        if (ch !== "[") throw new JsonShapeError({ code: "json_not_array" });
        started = true;
        depth = 1;
        continue;
      }
      if (depth === 0) {
        if (!/\s/.test(ch)) throw new JsonShapeError({ code: "json_text_after_array", line });
        continue;
      }
      if (inString) {
        item += ch;
        if (escaped) escaped = false;
        else if (ch === "\\") escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (depth === 1 && !inScalarItem) {
        if (/\s/.test(ch)) continue;
        if (ch === ",") continue;
        if (ch === "]") {
          depth = 0;
          continue;
        }
        itemLine = line;
        if (ch !== "{" && ch !== "[") inScalarItem = true; // a bare value: reported as a bad item
      }
      if (inScalarItem && depth === 1 && (ch === "," || ch === "]")) {
        yield* endItem();
        if (ch === "]") depth = 0;
        continue;
      }
      item += ch;
      if (ch === '"') inString = true;
      else if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") {
        depth--;
        if (depth === 1) yield* endItem();
      }
    }
  }
  if (!started) throw new JsonShapeError({ code: "empty_file" });
  if (depth !== 0) throw new JsonShapeError({ code: "json_not_closed" });
}
