import { SYMBOL_COUNT } from "./fold";

/**
 * An Aho–Corasick automaton over folded symbols, compiled to a dense transition table: the scanner takes one table
 * step per symbol, whatever the number of terms, so a scan is linear in the text.
 */
export interface Automaton {
  /**
   * The transition table by rows: a state's row is its number × SYMBOL_COUNT, the root's row is 0, and the next
   * state's row is delta[row + symbol]. Rows rather than state numbers keep a multiplication out of the chain of
   * dependent steps the scanner takes for every symbol.
   */
  readonly delta: Int32Array;
  /** Rows from this one on belong to states with outputs; those before it have none. */
  readonly firstOutputRow: number;
  /**
   * The patterns that end in the state of row r ≥ firstOutputRow, with o = (r − firstOutputRow) / SYMBOL_COUNT:
   * outputs[outputStart[o] .. outputStart[o + 1]).
   */
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
  // Renumber the states so that those with outputs come last: the scanner then asks "any match here?" with one
  // comparison (row >= firstOutputRow) instead of two table reads per symbol. The root keeps number 0. Within
  // each group the states go breadth first, so the shallow states mail text visits most share a few cache lines.
  const renumber = new Int32Array(capacity);
  const breadthFirst = [0, ...order.subarray(0, tail)];
  let next = 0;
  for (const state of breadthFirst) if ((merged[state]?.length ?? 0) === 0) renumber[state] = next++;
  const firstOutputState = next;
  for (const state of breadthFirst) if ((merged[state]?.length ?? 0) > 0) renumber[state] = next++;

  const table = new Int32Array(capacity * SYMBOL_COUNT);
  const outputStart = new Int32Array(capacity - firstOutputState + 1);
  const outputList: number[] = [];
  const byNewNumber = new Int32Array(capacity);
  for (let state = 0; state < capacity; state++) byNewNumber[renumber[state] ?? 0] = state;
  for (let renamed = 0; renamed < capacity; renamed++) {
    const state = byNewNumber[renamed] ?? 0;
    for (let symbol = 0; symbol < SYMBOL_COUNT; symbol++) {
      table[renamed * SYMBOL_COUNT + symbol] =
        (renumber[delta[state * SYMBOL_COUNT + symbol] ?? 0] ?? 0) * SYMBOL_COUNT;
    }
    if (renamed >= firstOutputState) {
      outputStart[renamed - firstOutputState] = outputList.length;
      outputList.push(...(merged[state] ?? []));
    }
  }
  outputStart[capacity - firstOutputState] = outputList.length;

  return {
    delta: table,
    firstOutputRow: firstOutputState * SYMBOL_COUNT,
    outputStart,
    outputs: Int32Array.from(outputList),
  };
}
