/**
 * The configuration's domain patterns (internalDomains, senders.authorityDomains, senders.freeMailDomains): a pattern
 * names the whole domain, and "*" stands for any run of characters ("nyborg.dk" is not "skole.nyborg.dk";
 * "*.nyborg.dk" is). Patterns are read trimmed and in lower case (as the schema stores them); a domain is compared
 * as given, so callers pass it in lower case.
 */
export type DomainMatcher = (domain: string) => string | undefined;

function patternRegex(pattern: string): RegExp {
  const escaped = pattern
    .trim()
    .toLowerCase()
    .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

/** The first of the patterns that the domain matches; an empty domain (no address) matches none. */
export function domainMatcher(patterns: readonly string[]): DomainMatcher {
  const regexes = patterns.map(patternRegex);
  return (domain) => {
    if (domain === "") return undefined;
    const index = regexes.findIndex((regex) => regex.test(domain));
    return index < 0 ? undefined : patterns[index];
  };
}
