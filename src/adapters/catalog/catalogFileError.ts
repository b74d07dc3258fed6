// A problem with a whole catalog file (missing, empty, wrong shape, no header): the file is skipped and said.
// The message is the CLI's English wording; `issue` is the same problem as data, for channels that
// word it in the seller's language.
import type { FileIssue } from "../../core/catalog/fileIssues.js";
import { fileIssueText } from "./issueText.js";

export class CatalogFileError extends Error {
  constructor(readonly issue: FileIssue) {
    super(fileIssueText(issue));
  }
}
