// Preloaded by a main.ts test: once main.ts has installed its handler, a promise nobody awaits
// rejects while Caravan runs (before it, Node's default would rightly kill the process).
const wait = setInterval(() => {
  if (process.listenerCount("unhandledRejection") === 0) return;
  clearInterval(wait);
  void Promise.reject(new Error("stray rejection for the test"));
}, 50);
