import { DEFAULT_MODEL } from "../../../../src/core/classify/default-model";
import { HANDLINGS, SENDERS, TOPICS } from "../../../../src/core/taxonomy";

/**
 * The trained model must know exactly the taxonomy's labels: a topic added to TOPICS but missing from model.json would
 * silently never be chosen, and a label the taxonomy dropped would still be. After changing the taxonomy, label
 * corpus mails with the new value and run `npm run train` (docs/architecture.md, "Adding a topic").
 */
describe("the shipped model (model.json)", () => {
  it.each([
    ["handling", HANDLINGS],
    ["topic", TOPICS],
    ["sender", SENDERS],
  ] as const)("has a %s head with exactly the taxonomy's labels", (head, labels) => {
    const trained = DEFAULT_MODEL.heads[head].labels;
    expect([...trained].sort()).toEqual([...labels].sort());
  });
});
