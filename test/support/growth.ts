/**
 * Growth checks instead of wall-clock limits: a unit test must not fail because the machine is busy, only because
 * the work grows faster than its input. `growth` times the work on an input and on one twice as large, in turn, and
 * returns the best time at 2× ÷ the best time at 1×: about 2 for linear work, about 4 for quadratic (LINEAR sits
 * between, so a busy machine does not fail it).
 */
export const LINEAR = 3.5;

export function growth<T>(makeInput: (scale: 1 | 2) => T, work: (input: T) => unknown, rounds = 7): number {
  const once = makeInput(1);
  const twice = makeInput(2);
  let best1 = Infinity;
  let best2 = Infinity;
  for (let round = 0; round < rounds; round++) {
    best1 = Math.min(
      best1,
      elapsed(() => work(once)),
    );
    best2 = Math.min(
      best2,
      elapsed(() => work(twice)),
    );
  }
  return best2 / best1;
}

/** The process's own CPU time in milliseconds: other work on a shared machine does not count against the code. */
function elapsed(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}
