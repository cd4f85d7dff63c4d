/**
 * Reason families whose detail is words matched in the mail. A lexicon term ("lexicon.term:hiv") names a person's
 * illness, faith or conviction as surely as the text does, and the cue families quote the sentence around it. Where a
 * reason leaves the mail's own view (the command line's output, a log), such a reason names the rule alone; the
 * finding's kind names the category.
 */
const MATCHED_WORD_FAMILIES: ReadonlySet<string> = new Set([
  "lexicon.term",
  "lexicon.disclosure",
  "lexicon.disclosure-before",
  "lexicon.general-question",
]);

/** "lexicon.term:hiv" → "lexicon.term"; a code whose detail is a rule's own word ("cpr.context:cpr-nr") is kept. */
export function concealMatchedWords(code: string): string {
  const colon = code.indexOf(":");
  if (colon < 0) return code;
  const family = code.slice(0, colon);
  return MATCHED_WORD_FAMILIES.has(family) ? family : code;
}
