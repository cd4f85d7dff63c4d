export type Lang = "da" | "en";

/**
 * Texts for reason and warning codes, keyed by the code without its detail: "cpr.context" for "cpr.context:cpr-nr".
 * A text may hold "{detail}", replaced by what follows the first ":" of the code.
 */
export type ReasonTexts = Record<string, Record<Lang, string>>;
