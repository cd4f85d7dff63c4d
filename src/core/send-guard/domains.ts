/**
 * The domain of an e-mail address, lower-cased, without a trailing dot or a closing ">"; "" when there is none.
 * Outlook can hand over an Exchange directory name (/o=…/cn=…) instead of an SMTP address: it has no domain, so the
 * send guard cannot call it internal.
 */
export function domainOf(address: string): string {
  const trimmed = address.trim().replace(/>$/, "");
  const at = trimmed.lastIndexOf("@");
  if (at < 0) return "";
  return trimmed
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, "");
}
