import { SYMBOL_COUNT } from "./fold";

/**
 * An Aho–Corasick automaton over folded symbols, compiled to a dense transition table: the scanner takes one table
 * step per symbol, whatever the number of terms, so a scan is linear in the text.
 */
export interface Automaton {
  /** next state = delta[state * SYMBOL_COUNT + symbol]; state 0 is the root. */
  readonly delta: Int32Array;
  /** The patterns that end in a state: outputs[outputStart[state] .. outputStart[state + 1]). */
  readonly outputStart: Int32Array;
  readonly outputs: Int32Array;
}

export function buildAutomaton(patterns: readonly Uint8Array[]): Automaton {
  let capacity = 1 + patterns.reduce((sum, p) => sum + p.length, 0);
  const goto = new Int32Array(capacity * SYMBOL_COUNT).fill(-1);
  const own: number[][] = [[]];
  let states = 1;

  patterns.forEach((symbols, index) => {
    let state = 0;
    for (const symbol of symbols) {
      const slot = state * SYMBOL_COUNT + symbol;
      let next = goto[slot] ?? -1;
      if (next < 0) {
        next = states++;
        goto[slot] = next;
        own.push([]);
      }
      state = next;
    }
    own[state]?.push(index);
  });
  capacity = states;

  // Breadth-first: a state's failure link is shallower, so its transitions and outputs are complete when used.
  const delta = goto.slice(0, capacity * SYMBOL_COUNT);
  const fail = new Int32Array(capacity);
  const order = new Int32Array(capacity);
  let head = 0;
  let tail = 0;
  for (let symbol = 0; symbol < SYMBOL_COUNT; symbol++) {
    const child = delta[symbol] ?? -1;
    if (child < 0) {
      delta[symbol] = 0;
    } else {
      fail[child] = 0;
      order[tail++] = child;
    }
  }
  while (head < tail) {
    const state = order[head++] ?? 0;
    const failState = fail[state] ?? 0;
    for (let symbol = 0; symbol < SYMBOL_COUNT; symbol++) {
      const slot = state * SYMBOL_COUNT + symbol;
      const child = delta[slot] ?? -1;
      const viaFail = delta[failState * SYMBOL_COUNT + symbol] ?? 0;
      if (child < 0) {
        delta[slot] = viaFail;
      } else {
        fail[child] = viaFail;
        order[tail++] = child;
      }
    }
  }

  const merged: number[][] = new Array<number[]>(capacity);
  merged[0] = own[0] ?? [];
  for (let k = 0; k < tail; k++) {
    const state = order[k] ?? 0;
    merged[state] = [...(own[state] ?? []), ...(merged[fail[state] ?? 0] ?? [])];
  }
  const outputStart = new Int32Array(capacity + 1);
  let total = 0;
  for (let state = 0; state < capacity; state++) {
    outputStart[state] = total;
    total += merged[state]?.length ?? 0;
  }
  outputStart[capacity] = total;
  const outputs = new Int32Array(total);
  for (let state = 0; state < capacity; state++) outputs.set(merged[state] ?? [], outputStart[state] ?? 0);

  return { delta, outputStart, outputs };
}
