// A problem with a whole catalog file (missing, empty, wrong shape, no header): the file is skipped and said.
export class CatalogFileError extends Error {}
