/**
 * The demo page hides CPR numbers in its own list and reading pane, so a screenshot or a screen share of the demo
 * never shows one in full; the add-in still reads the whole mail. Real Outlook shows the mail as it is.
 */
const CPR_LIKE = /\b(\d{2})[ .]?(\d{2})[ .]?(\d{2})[ -]?\d{4}\b/g;

export function hideCprNumbers(text: string): string {
  return text.replace(CPR_LIKE, "$1$2$3-****");
}
