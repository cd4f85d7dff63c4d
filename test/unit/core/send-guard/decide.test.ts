import type { Finding } from "../../../../src/core/detect/finding";
import {
  COUNT_LIMIT,
  decideSend,
  type EncryptionState,
  type SendGuardRules,
} from "../../../../src/core/send-guard/decide";
import { finding, outgoing } from "./findings";

const rules = (minSensitivity: "fortrolige" | "foelsomme" = "fortrolige"): SendGuardRules => ({
  internalDomains: ["nyborg.dk", "*.nyborg.dk"],
  sendGuard: { minSensitivity },
});

const FINDING_LEVELS: Record<string, Finding[]> = {
  none: [],
  fortrolige: [finding("cpr")],
  foelsomme: [finding("helbred", "body", "diagnose")],
};

const RECIPIENTS = {
  internal: { to: ["sagsbehandler@nyborg.dk"], cc: ["jobcenter@job.nyborg.dk"] },
  external: { to: ["sagsbehandler@nyborg.dk", "borger@example.dk"] },
};

const ENCRYPTION: EncryptionState[] = ["not-encrypted", "unknown", "encrypted"];

describe("decideSend: the decision table", () => {
  const rows = Object.keys(RECIPIENTS).flatMap((to) =>
    Object.keys(FINDING_LEVELS).flatMap((level) =>
      ENCRYPTION.flatMap((encryption) =>
        (["fortrolige", "foelsomme"] as const).map((min) => ({
          to: to as keyof typeof RECIPIENTS,
          level,
          encryption,
          min,
          // The send guard's rule: stop only external, unencrypted mail with data at or above the level.
          blocked:
            to === "external" &&
            encryption !== "encrypted" &&
            (level === "foelsomme" || (level === "fortrolige" && min === "fortrolige")),
        })),
      ),
    ),
  );

  test.each(rows)(
    "$to recipients, $level findings, $encryption, stops from $min → blocked: $blocked",
    ({ to, level, encryption, min, blocked }) => {
      const decision = decideSend(
        outgoing(RECIPIENTS[to], encryption),
        rules(min),
        () => FINDING_LEVELS[level] ?? [],
      );
      expect(decision.action).toBe(blocked ? "block" : "allow");
    },
  );

  test("says why a mail passes", () => {
    const cpr = () => [finding("cpr")];
    expect(decideSend(outgoing(RECIPIENTS.internal), rules(), cpr)).toEqual({
      action: "allow",
      reason: "internal-only",
    });
    expect(decideSend(outgoing(RECIPIENTS.external, "encrypted"), rules(), cpr)).toEqual({
      action: "allow",
      reason: "encrypted",
    });
    expect(decideSend(outgoing(RECIPIENTS.external), rules(), () => [])).toEqual({
      action: "allow",
      reason: "no-findings",
    });
  });
});

describe("decideSend: recipients", () => {
  const cpr = () => [finding("cpr")];

  test("an outside address in Bcc alone is enough to stop the mail", () => {
    const mail = outgoing({ to: ["a@nyborg.dk"], bcc: ["advokat@firma.dk"] });
    expect(decideSend(mail, rules(), cpr)).toMatchObject({ action: "block", externalRecipients: 1 });
  });

  test("domains compare case-insensitively; a pattern names the whole domain", () => {
    expect(decideSend(outgoing({ to: ["Ole@NYBORG.DK"] }), rules(), cpr).action).toBe("allow");
    expect(decideSend(outgoing({ to: ["ole@skole.nyborg.dk"] }), rules(), cpr).action).toBe("allow");
    // Look-alike domains are outside.
    expect(decideSend(outgoing({ to: ["ole@nyborg.dk.example.com"] }), rules(), cpr).action).toBe("block");
    expect(decideSend(outgoing({ to: ["ole@ikke-nyborg.dk"] }), rules(), cpr).action).toBe("block");
  });

  test("a recipient without an SMTP address counts as outside", () => {
    const mail = outgoing({ to: ["/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=ole"] });
    expect(decideSend(mail, rules(), cpr)).toMatchObject({ action: "block", externalRecipients: 1 });
  });

  test("counts every outside recipient", () => {
    const mail = outgoing({
      to: ["a@example.dk"],
      cc: ["b@example.com", "c@nyborg.dk"],
      bcc: ["d@gmail.com"],
    });
    expect(decideSend(mail, rules(), cpr)).toMatchObject({ externalRecipients: 3 });
  });

  test("the engine is not run for internal or encrypted mail", () => {
    const detect = jest.fn(() => [finding("cpr")]);
    decideSend(outgoing(RECIPIENTS.internal), rules(), detect);
    decideSend(outgoing(RECIPIENTS.external, "encrypted"), rules(), detect);
    expect(detect).not.toHaveBeenCalled();
  });
});

describe("decideSend: the summary", () => {
  const external = outgoing(RECIPIENTS.external);

  test("the same CPR number quoted three times is one number; two numbers are two, each masked", () => {
    const once = decideSend(external, rules(), () => [
      finding("cpr", "body", "0101901234"),
      finding("cpr", "quoted", "0101901234"),
      finding("cpr", "quoted", "0101901234"),
    ]);
    expect(once).toMatchObject({ kinds: [{ kind: "cpr", count: 1, masked: ["010190-****"] }] });
    const twice = decideSend(external, rules(), () => [
      finding("cpr", "body", "0101901234"),
      finding("cpr", "body", "3112851234"),
      finding("cpr", "body", "1503772222"),
    ]);
    expect(twice).toMatchObject({
      kinds: [{ kind: "cpr", count: 3, masked: ["010190-****", "311285-****"] }],
    });
  });

  test("counting stops at the limit: more numbers or passages than that are 'more than COUNT_LIMIT'", () => {
    const numbers = Array.from({ length: 40_000 }, (_, i) =>
      finding("cpr", "body", String(1_000_000_000 + i)),
    );
    const passages = Array.from({ length: 40_000 }, () => finding("helbred", "body", "diagnose"));
    const decision = decideSend(external, rules(), () => [...numbers, ...passages]);
    expect(decision).toMatchObject({
      kinds: [
        { kind: "helbred", count: COUNT_LIMIT, moreThan: true, masked: [] },
        { kind: "cpr", count: COUNT_LIMIT, moreThan: true, masked: ["100000-****"] },
      ],
    });
    const exactly = decideSend(external, rules(), () => numbers.slice(0, COUNT_LIMIT));
    expect(exactly).toMatchObject({ kinds: [{ kind: "cpr", count: COUNT_LIMIT, moreThan: false }] });
  });

  test("the decision's work grows linearly with the findings: each finding is read a bounded number of times", () => {
    // Counting reads instead of timing them: a decision that went back over earlier findings for each new one would
    // read them ever more often as the mail grows, and this test says so on any machine, however busy.
    const readsFor = (n: number): number => {
      let reads = 0;
      const findings = Array.from(
        { length: n },
        (_, i) =>
          new Proxy(finding(i % 3 === 0 ? "helbred" : "cpr", "body", String(1_000_000_000 + i)), {
            get(target, property, receiver) {
              reads += 1;
              return Reflect.get(target, property, receiver) as unknown;
            },
          }),
      );
      decideSend(external, rules(), () => findings);
      return reads;
    };
    const small = readsFor(4_000);
    expect(small / 4_000).toBeLessThanOrEqual(8);
    expect(readsFor(40_000) / small).toBeLessThanOrEqual(10.01);
  });

  test("categories count passages and carry no examples; følsomme kinds come first", () => {
    const decision = decideSend(external, rules(), () => [
      finding("cpr"),
      finding("helbred", "body", "diagnose"),
      finding("helbred", "quoted", "indlagt"),
    ]);
    expect(decision).toMatchObject({
      action: "block",
      sensitivity: "foelsomme",
      kinds: [
        { kind: "helbred", count: 2, masked: [] },
        { kind: "cpr", count: 1 },
      ],
    });
  });

  test("stopping only from følsomme leaves fortrolige kinds out of the summary", () => {
    const decision = decideSend(external, rules("foelsomme"), () => [
      finding("cpr"),
      finding("religion", "body", "muslim"),
    ]);
    expect(decision).toMatchObject({ kinds: [{ kind: "religion" }] });
  });

  test("tells whether data stands in the quoted history or the subject", () => {
    expect(decideSend(external, rules(), () => [finding("cpr", "quoted")])).toMatchObject({
      inQuoted: true,
      inSubject: false,
    });
    expect(decideSend(external, rules(), () => [finding("cpr", "subject")])).toMatchObject({
      inQuoted: false,
      inSubject: true,
    });
  });
});
