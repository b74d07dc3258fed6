// Runs once before the suites. Nothing to prepare globally yet: each integration suite creates
// its own database through test/helpers/testDb.ts, so suites never share state.
export default function setup(): void {}
