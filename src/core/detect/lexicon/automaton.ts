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

/**
 * The automaton without its transition table: the trie's edges and the failure links, states numbered as the table's
 * rows will be. A few numbers per state instead of SYMBOL_COUNT, so the shipped lexicons' automaton can be kept in a
 * data file (data/compiled-lexicon.json, written by `npm run lexicon-stems`) and the table filled at start.
 */
export interface AutomatonShape {
  /** Each state's parent in the trie (the root's is 0). A state's number is greater than its failure link's. */
  parent: number[];
  /** The symbol on the edge from each state's parent into it (the root's is unused). */
  symbol: number[];
  /** Each state's failure link: the longest proper suffix of its path that is a path too. */
  fail: number[];
  /** States from this one on have outputs; those before it have none. */
  firstOutputState: number;
  /** The patterns that end in state firstOutputState + o: outputs[outputStart[o] .. outputStart[o + 1]). */
  outputStart: number[];
  outputs: number[];
}

export function automatonShape(patterns: readonly Uint8Array[]): AutomatonShape {
  const trie = trieOf(patterns);
  const { child, firstChild, nextSibling, symbol: symbolInto, own } = trie;
  const count = own.length;

  // Breadth first over the trie: a state's failure link is shallower, so it is complete when a deeper state uses it.
  const order = new Int32Array(count);
  const parentOf = new Int32Array(count);
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
      parentOf[next] = state;
      const inherited = outputsOf[link] ?? [];
      const mine = own[next] ?? [];
      outputsOf[next] = mine.length === 0 ? inherited : [...mine, ...inherited];
      order[tail++] = next;
    }
  }

  // Renumber the states so that those with outputs come last: the scanner then asks "any match here?" with one
  // comparison (row >= firstOutputRow) instead of two table reads per symbol. The root keeps number 0. Within
  // each group the states go breadth first, so the shallow states mail text visits most share a few cache lines;
  // and a failure link, shallower and with no more outputs, gets a smaller number than its state.
  const renamed = new Int32Array(count);
  let next = 0;
  for (const state of order) if ((outputsOf[state]?.length ?? 0) === 0) renamed[state] = next++;
  const firstOutputState = next;
  for (const state of order) if ((outputsOf[state]?.length ?? 0) > 0) renamed[state] = next++;

  const shape: AutomatonShape = {
    parent: new Array<number>(count),
    symbol: new Array<number>(count),
    fail: new Array<number>(count),
    firstOutputState,
    outputStart: [],
    outputs: [],
  };
  for (const state of order) {
    const at = renamed[state] ?? 0;
    shape.parent[at] = renamed[parentOf[state] ?? 0] ?? 0;
    shape.symbol[at] = state === 0 ? 0 : (symbolInto[state] ?? 0);
    shape.fail[at] = renamed[fail[state] ?? 0] ?? 0;
  }
  for (const state of order) {
    const outputs = outputsOf[state] ?? [];
    if (outputs.length === 0) continue;
    shape.outputStart.push(shape.outputs.length);
    for (const output of outputs) shape.outputs.push(output);
  }
  shape.outputStart.push(shape.outputs.length);
  return shape;
}

/** The automaton's transition table, filled from its shape. */
export function automatonOf(shape: AutomatonShape): Automaton {
  const { parent, symbol, fail } = shape;
  const count = parent.length;

  // Each state's children as one list (counting sort by parent), so each row is written in one go.
  const childStart = new Int32Array(count + 1);
  for (let state = 1; state < count; state++) {
    const p = (parent[state] ?? 0) + 1;
    childStart[p] = (childStart[p] ?? 0) + 1;
  }
  for (let state = 0; state < count; state++)
    childStart[state + 1] = (childStart[state + 1] ?? 0) + (childStart[state] ?? 0);
  const filled = childStart.slice(0, count);
  const children = new Int32Array(Math.max(count - 1, 0));
  for (let state = 1; state < count; state++) {
    const p = parent[state] ?? 0;
    const k = filled[p] ?? 0;
    children[k] = state;
    filled[p] = k + 1;
  }

  // Row by row in state order: a state goes where its failure link goes, except along its own edges. The failure
  // link's row, a smaller number, is final by then.
  // The root's row starts as all zeros: every symbol without an edge leads back to the root.
  const delta = new Int32Array(count * SYMBOL_COUNT);
  for (let state = 0; state < count; state++) {
    const at = state * SYMBOL_COUNT;
    if (state !== 0) {
      const from = (fail[state] ?? 0) * SYMBOL_COUNT;
      delta.copyWithin(at, from, from + SYMBOL_COUNT);
    }
    const end = childStart[state + 1] ?? 0;
    for (let k = childStart[state] ?? 0; k < end; k++) {
      const next = children[k] ?? 0;
      delta[at + (symbol[next] ?? 0)] = next * SYMBOL_COUNT;
    }
  }
  return {
    delta,
    firstOutputRow: shape.firstOutputState * SYMBOL_COUNT,
    outputStart: Int32Array.from(shape.outputStart),
    outputs: Int32Array.from(shape.outputs),
  };
}

export function buildAutomaton(patterns: readonly Uint8Array[]): Automaton {
  return automatonOf(automatonShape(patterns));
}

/**
 * An automaton's shape as data/compiled-lexicon.json keeps it: each parent as the step from the previous state's (states
 * go breadth first, so the steps are mostly 0 and 1) and each output state's number of outputs. A third of the
 * plain shape's size once compressed.
 */
export interface PackedAutomatonShape {
  parentStep: number[];
  symbol: number[];
  fail: number[];
  firstOutputState: number;
  outputCount: number[];
  outputs: number[];
}

export function packShape(shape: AutomatonShape): PackedAutomatonShape {
  return {
    parentStep: shape.parent.map((p, i) => p - (shape.parent[i - 1] ?? 0)),
    symbol: shape.symbol,
    fail: shape.fail,
    firstOutputState: shape.firstOutputState,
    outputCount: shape.outputStart.slice(1).map((end, o) => end - (shape.outputStart[o] ?? 0)),
    outputs: shape.outputs,
  };
}

export function unpackShape(packed: PackedAutomatonShape): AutomatonShape {
  let parent = 0;
  let outputEnd = 0;
  return {
    parent: packed.parentStep.map((step) => (parent += step)),
    symbol: packed.symbol,
    fail: packed.fail,
    firstOutputState: packed.firstOutputState,
    outputStart: [0, ...packed.outputCount.map((count) => (outputEnd += count))],
    outputs: packed.outputs,
  };
}
