/** The request was replaced by a newer one (staff selected another mail); nobody waits for its answer. */
export class SupersededError extends Error {
  constructor() {
    super("A newer triage replaced this one.");
    this.name = "SupersededError";
  }
}
