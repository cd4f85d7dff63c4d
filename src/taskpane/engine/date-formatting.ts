/**
 * Chromium loads ICU's date formatting data once per renderer process, on the first Intl.DateTimeFormat anywhere in
 * it; the page and its workers share the process. The triage worker's warm-up needs a format (the received date in
 * the replies) and paid for loading it: measured in a fresh process, as the pane's is in Outlook, the warm-up took
 * a fifth less when the page had made a format first. So the page makes one while the worker is still starting; it
 * needs the data itself for the mail's date anyway. (The demo's pane shares the demo page's process, which has it.)
 */
export function loadDateFormatting(): void {
  new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "Europe/Copenhagen" }).format(0);
}
