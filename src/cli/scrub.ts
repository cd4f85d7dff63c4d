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

/**
 * Staff sometimes name a saved mail after the citizen's CPR number ("0101901234 ansøgning.eml"). Without --reveal
 * the printed path masks such a number as the findings are masked (010190-****), keeping the birth date so the file
 * can still be told apart; --reveal prints the path as it is.
 */
export function maskCprInPath(path: string): string {
  return path.replace(/(?<!\d)(\d{6})([- ]?)\d{4}(?!\d)/g, "$1$2****");
}
