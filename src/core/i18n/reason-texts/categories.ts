import type { ReasonTexts } from "../reason-text";

/**
 * Texts for the reason codes this part of the engine produces; see ../describe-reason.ts. The personal-details codes
 * carry where the signal stood (":body", ":signature") for tools; the texts do not repeat it.
 */
export const categoriesReasons: ReasonTexts = {
  "lexicon.term": {
    da: "Ordet »{detail}« står på listen over følsomme emner.",
    en: "The word “{detail}” is on the list of sensitive topics.",
  },
  "lexicon.disclosure": {
    da: "»{detail}« viser, at teksten handler om en bestemt person.",
    en: "“{detail}” shows that the text is about a particular person.",
  },
  "lexicon.disclosure-subject": {
    da: "Det er en person, der har fået det værre (nævnt ved navn eller som fx »hun« eller »far«).",
    en: "It is a person who has got worse (named, or called e.g. “she” or “dad”).",
  },
  "lexicon.disclosure-before": {
    da: "Sætningen før nævner en bestemt person (»{detail}«).",
    en: "The sentence before mentions a particular person (“{detail}”).",
  },
  "lexicon.general-question": {
    da: "»{detail}« tyder på et generelt spørgsmål, ikke på oplysninger om en person.",
    en: "“{detail}” suggests a general question rather than details about a person.",
  },
  "personal.name": {
    da: "Afsenderen er en navngiven privatperson.",
    en: "The sender is a named private person.",
  },
  "personal.address": {
    da: "Der står en adresse.",
    en: "There is a street address.",
  },
  "personal.phone": {
    da: "Der står et telefonnummer.",
    en: "There is a phone number.",
  },
  "personal.birth-date": {
    da: "Der står en fødselsdato.",
    en: "There is a date of birth.",
  },
  "personal.income": {
    da: "Der står oplysninger om indtægt.",
    en: "There are details of income.",
  },
  "personal.age": {
    da: "Der står en alder eller et klassetrin.",
    en: "There is an age or a school year.",
  },
  "personal.relative": {
    da: "Et familiemedlem eller en nabo nævnes ved navn.",
    en: "A relative or neighbour is named.",
  },
};
