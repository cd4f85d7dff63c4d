/**
 * Copies text for pasting into the case system. Outlook's add-in iframe may block the Clipboard API (permissions
 * policy), so the old selection-based copy is tried next; when both are refused the pane shows the text selected for
 * the user to copy with the keyboard.
 */
export async function copyText(text: string, doc: Document = document): Promise<"copied" | "manual"> {
  try {
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    return copyBySelection(text, doc) ? "copied" : "manual";
  }
}

function copyBySelection(text: string, doc: Document): boolean {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : undefined;
  doc.body.appendChild(area);
  area.select();
  try {
    // Deprecated, but the only fallback where the Clipboard API is blocked; it returns false when refused.
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}
