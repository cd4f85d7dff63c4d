/**
 * Orders strings by their UTF-16 code units. For the engine's tie-breaks (language codes, finding kinds, folded
 * stems) any fixed order will do, and this one is the same in every runtime: localeCompare depends on the runtime's
 * locale data and costs its collator's start-up (about 10 ms) on the first call, inside the pane's first triage.
 */
export function codeOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
