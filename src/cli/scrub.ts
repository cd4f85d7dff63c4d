/**
 * Error texts can quote the input they choke on (a library's message, a header value). Runs of six or more
 * digits — with the hyphens and spaces a CPR number is written with — are replaced, so no CPR number can reach
 * the terminal or a log by way of an error.
 */
export function scrubDigits(text: string): string {
  return text.replace(/\d[\d -]*\d/g, (run) =>
    run.replace(/\D/g, "").length >= 6 ? "[digits removed]" : run,
  );
}
