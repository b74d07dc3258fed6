// Per-user rate limit in memory (a fixed window per user): the first update over the limit gets
// a polite warning, the rest of that window is dropped silently so a flood costs us nothing.
export interface RateLimit {
  max: number;
  windowMs: number;
}

export function createRateLimiter(limit: RateLimit, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(userId: string): "ok" | "warn" | "drop" {
      const t = now();
      let w = windows.get(userId);
      if (!w || t - w.start >= limit.windowMs) {
        w = { start: t, count: 0 };
        windows.set(userId, w);
        if (windows.size > 10_000) for (const [k, v] of windows) if (t - v.start >= limit.windowMs) windows.delete(k);
      }
      w.count += 1;
      if (w.count <= limit.max) return "ok";
      return w.count === limit.max + 1 ? "warn" : "drop";
    },
  };
}
