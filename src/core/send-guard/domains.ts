/**
 * Whether an address belongs to the municipality. The patterns are the configuration's internalDomains, read with the
 * same rule as its other domain lists: a pattern names the whole domain, and "*" stands for any run of characters
 * ("nyborg.dk" is not "skole.nyborg.dk"; "*.nyborg.dk" is).
 */
export type DomainTest = (domain: string) => boolean;

function patternRegex(pattern: string): RegExp {
  const escaped = pattern
    .trim()
    .toLowerCase()
    .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

export function domainTest(patterns: readonly string[]): DomainTest {
  const regexes = patterns.map(patternRegex);
  return (domain) => domain !== "" && regexes.some((regex) => regex.test(domain));
}

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
