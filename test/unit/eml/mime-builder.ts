/** Builds small MIME messages for the parser tests, with CRLF line ends as mail servers store them. */
export function message(headers: string[], body: string, bytes: "utf8" | "latin1" = "utf8"): Uint8Array {
  return Buffer.from([...headers, "", body].join("\r\n"), bytes);
}

export function base64(text: string, bytes: "utf8" | "latin1" = "utf8"): string {
  return Buffer.from(text, bytes).toString("base64");
}

export const basicHeaders = [
  "From: Borger <borger@example.dk>",
  "To: borgerservice@nyborg.dk",
  "Date: Tue, 4 Mar 2025 09:15:00 +0100",
  "Message-ID: <t1@example.dk>",
  "MIME-Version: 1.0",
];
