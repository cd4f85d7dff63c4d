// Small builders for the send guard's tests: outgoing mails and findings as the detection engine reports them.
import type { Finding } from "../../../../src/core/detect/finding";
import type { Address } from "../../../../src/core/mail";
import type { EncryptionState, OutgoingMail } from "../../../../src/core/send-guard/decide";
import type { FindingKind, Location } from "../../../../src/core/taxonomy";

export function finding(kind: FindingKind, where: Location = "body", value = "0101901234"): Finding {
  const identifier = /^\d+$/.test(value);
  return {
    kind,
    where,
    start: 0,
    end: value.length,
    confidence: 0.9,
    reasons: [],
    value,
    masked: identifier ? `${value.slice(0, 6)}-****` : kind,
  };
}

export function outgoing(
  recipients: { to?: string[]; cc?: string[]; bcc?: string[] },
  encryption: EncryptionState = "not-encrypted",
  body = "",
): OutgoingMail {
  const addresses = (list: string[] = []): Address[] => list.map((address) => ({ address }));
  return {
    mail: {
      subject: "Sv: Din henvendelse",
      to: addresses(recipients.to),
      cc: addresses(recipients.cc),
      headers: {},
      textBody: body,
      attachments: [],
    },
    bcc: addresses(recipients.bcc),
    encryption,
  };
}
