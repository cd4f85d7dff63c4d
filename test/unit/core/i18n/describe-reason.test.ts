import { describeReason } from "../../../../src/core/i18n/describe-reason";

describe("the trained model's reasons as staff read them", () => {
  it("names only single words of the text, never word pairs, domains, name parts or signal names", () => {
    const text = describeReason(
      "model.words:jeg har, @tld:com, s:sygedag, n:mette, #booking, flyt, syg",
      "da",
    );
    expect(text).toBe(
      "Den ligner andre mails af samme slags. De ord, der talte mest, begynder med «sygedag», «flyt», «syg».",
    );
    expect(text).not.toMatch(/jeg har|@|tld|n:|#/);
  });

  it("says it in words when no readable word is left", () => {
    expect(describeReason("model.words:jeg har, @tld:com, n:mette", "en")).toBe(
      "It resembles other mails of this kind in wording and sender.",
    );
  });
});
