// A refusal with an HTTP status and a sentence for the user (and the fields it is about). Its own
// file so the buyer and seller modules can refuse without importing the routes.
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly fields: { field: string; message: string }[] = []) {
    super(message);
  }
}
