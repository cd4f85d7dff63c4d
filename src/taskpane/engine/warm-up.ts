import type { TriageRequest } from "./pane-triage";

/**
 * A short, made-up mail that takes the engine through its main paths (CPR check, lexicons, classification,
 * templates) once, so the first real mail does not pay for compiling them. The CPR number is the CPR office's
 * published example.
 */
export function warmUpRequest(): TriageRequest {
  const text =
    "Hej\n\nJeg er sygemeldt og søger om hjælp. Mit cpr-nr. er 070761-4285. Hvordan melder jeg flytning?\n\nMvh\nAnna";
  return {
    key: "warm-up",
    now: new Date().toISOString(),
    mail: {
      subject: "Spørgsmål om min sag",
      from: { name: "Anna Jensen", address: "anna@example.com" },
      to: [],
      cc: [],
      headers: { "content-type": "text/plain; charset=utf-8" },
      textBody: text,
      htmlBody: `<p>${text.replaceAll("\n", "<br>")}</p>`,
      attachments: [{ name: "bilag.pdf", contentType: "application/pdf", size: 1000 }],
    },
  };
}
