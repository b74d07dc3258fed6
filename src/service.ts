// Something `npm start` runs until shutdown: a chat channel, the outbox worker, the playground.
// Its own file so channels and adapters can name it without importing the app (no import circle).
export interface Service {
  readonly name: string;
  start(): Promise<void>;
  /** Stops taking new work and finishes what is in flight. */
  stop(): Promise<void>;
}
