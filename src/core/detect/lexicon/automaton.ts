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

/**
 * The patterns' trie. Each state's children also form a list (firstChild, nextSibling), so that nothing walks the
 * 38 slots of every state but the pass that writes the final table.
 */
interface Trie {
  /**
   * The child reached from a state by a symbol at state × SYMBOL_COUNT + symbol; 0 (the root, nobody's child) for
   * none, so the freshly allocated table needs no filling.
   */
  child: Int32Array;
  firstChild: number[];
  nextSibling: number[];
  /** The symbol on the edge into each state (the root's is unused). */
  symbol: number[];
  /** The patterns that end in each state. */
  own: number[][];
}

const NONE = -1;

function trieOf(patterns: readonly Uint8Array[]): Trie {
  const capacity = 1 + patterns.reduce((sum, p) => sum + p.length, 0);
  const trie: Trie = {
    child: new Int32Array(capacity * SYMBOL_COUNT),
    firstChild: [NONE],
    nextSibling: [NONE],
    symbol: [0],
    own: [[]],
  };
  patterns.forEach((symbols, index) => {
    let state = 0;
    for (const symbol of symbols) {
      const key = state * SYMBOL_COUNT + symbol;
      let next = trie.child[key] ?? 0;
      if (next === 0) {
        next = trie.own.length;
        trie.child[key] = next;
        trie.firstChild.push(NONE);
        trie.nextSibling.push(trie.firstChild[state] ?? NONE);
        trie.firstChild[state] = next;
        trie.symbol.push(symbol);
        trie.own.push([]);
      }
      state = next;
    }
    trie.own[state]?.push(index);
  });
  return trie;
}

export function buildAutomaton(patterns: readonly Uint8Array[]): Automaton {
  const trie = trieOf(patterns);
  const { child, firstChild, nextSibling, symbol: symbolInto, own } = trie;
  const count = own.length;

  // Breadth first over the trie: a state's failure link is shallower, so it is complete when a deeper state uses it.
  const order = new Int32Array(count);
  const fail = new Int32Array(count);
  const outputsOf: number[][] = new Array<number[]>(count);
  outputsOf[0] = own[0] ?? [];
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = order[head] ?? 0;
    for (let next = firstChild[state] ?? NONE; next !== NONE; next = nextSibling[next] ?? NONE) {
      const symbol = symbolInto[next] ?? 0;
      let link = 0;
      if (state !== 0) {
        let f = fail[state] ?? 0;
        while (f !== 0 && child[f * SYMBOL_COUNT + symbol] === 0) f = fail[f] ?? 0;
        link = child[f * SYMBOL_COUNT + symbol] ?? 0;
      }
      fail[next] = link;
      const inherited = outputsOf[link] ?? [];
      const mine = own[next] ?? [];
      outputsOf[next] = mine.length === 0 ? inherited : [...mine, ...inherited];
      order[tail++] = next;
    }
  }

  // Renumber the states so that those with outputs come last: the scanner then asks "any match here?" with one
  // comparison (row >= firstOutputRow) instead of two table reads per symbol. The root keeps number 0. Within
  // each group the states go breadth first, so the shallow states mail text visits most share a few cache lines.
  const row = new Int32Array(count);
  let renamed = 0;
  for (const state of order) if ((outputsOf[state]?.length ?? 0) === 0) row[state] = SYMBOL_COUNT * renamed++;
  const firstOutputState = renamed;
  const outputStart = new Int32Array(count - firstOutputState + 1);
  const outputList: number[] = [];
  for (const state of order) {
    const outputs = outputsOf[state] ?? [];
    if (outputs.length === 0) continue;
    outputStart[renamed - firstOutputState] = outputList.length;
    for (const output of outputs) outputList.push(output);
    row[state] = SYMBOL_COUNT * renamed++;
  }
  outputStart[count - firstOutputState] = outputList.length;

  // The table in one pass, breadth first: a state goes where its failure link goes, except along its own edges.
  // The failure link's row, shallower, is final by then.
  const delta = new Int32Array(count * SYMBOL_COUNT);
  for (const state of order) {
    const at = row[state] ?? 0;
    if (state === 0) {
      delta.fill(at, at, at + SYMBOL_COUNT);
    } else {
      const from = row[fail[state] ?? 0] ?? 0;
      delta.copyWithin(at, from, from + SYMBOL_COUNT);
    }
    for (let next = firstChild[state] ?? NONE; next !== NONE; next = nextSibling[next] ?? NONE) {
      delta[at + (symbolInto[next] ?? 0)] = row[next] ?? 0;
    }
  }

  return {
    delta,
    firstOutputRow: firstOutputState * SYMBOL_COUNT,
    outputStart,
    outputs: Int32Array.from(outputList),
  };
}
