// A FIFO of update handlers with a bound on how many run at once: a burst of buyers waits its
// turn instead of opening more database transactions than the pool can serve. Within one chat
// the bot's sequentialize keeps order; this bounds the total. Past `maxWaiting` the caller is
// told to refuse (the webhook answers 503 and Telegram retries later).

export interface UpdateQueue {
  /** Runs `task` when a slot frees up; false (and `task` never runs) when the queue is full. */
  push(task: () => Promise<void>): boolean;
  readonly active: number;
  readonly waiting: number;
  /** Resolves once nothing runs and nothing waits. */
  idle(): Promise<void>;
}

export function createUpdateQueue(concurrency: number, maxWaiting = 10_000, onError: (e: unknown) => void = () => {}): UpdateQueue {
  const waiting: (() => Promise<void>)[] = [];
  let active = 0;
  let idlers: (() => void)[] = [];

  const next = () => {
    while (active < concurrency && waiting.length) {
      const task = waiting.shift()!;
      active++;
      void task()
        .catch(onError)
        .finally(() => {
          active--;
          next();
        });
    }
    if (!active && !waiting.length) {
      const wake = idlers;
      idlers = [];
      for (const w of wake) w();
    }
  };

  return {
    push(task) {
      if (waiting.length >= maxWaiting) return false;
      waiting.push(task);
      next();
      return true;
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
    idle: () => (active || waiting.length ? new Promise<void>((resolve) => idlers.push(resolve)) : Promise.resolve()),
  };
}
