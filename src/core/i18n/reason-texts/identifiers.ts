import type { ReasonTexts } from "../reason-text";

/** Texts for the reason codes this part of the engine produces; see ../describe-reason.ts. */
export const identifiersReasons: ReasonTexts = {
  "cpr.date": {
    da: "De første seks cifre er en fødselsdato, der findes.",
    en: "The first six digits are a birth date that exists.",
  },
  "cpr.substitute-day": {
    da: "Ligner et erstatningspersonnummer (dagen er skrevet med 60 lagt til).",
    en: "Looks like a substitute CPR number (the day is written with 60 added).",
  },
  "cpr.substitute-letters": {
    da: "Ligner et erstatningsnummer fra sundhedsvæsenet (bogstaver på 8. og 9. plads).",
    en: "Looks like a health-sector substitute number (letters in positions 8 and 9).",
  },
  "cpr.mod11": {
    da: "Nummeret består modulus 11-kontrollen.",
    en: "The number passes the modulus 11 check.",
  },
  "cpr.mod11-fail": {
    da: "Nummeret består ikke modulus 11-kontrollen. Det udelukker ikke et CPR-nummer: numre udstedt siden 2007 gør det ikke altid.",
    en: "The number fails the modulus 11 check. That does not rule out a CPR number: numbers issued since 2007 do not always pass it.",
  },
  "cpr.context": {
    da: "Der står et ord om CPR-nummer tæt ved: »{detail}«.",
    en: "A word about CPR numbers stands close by: “{detail}”.",
  },
  "cpr.negative-context": {
    da: "Nummeret står ved »{detail}«, så det er nok et andet slags nummer.",
    en: "The number stands next to “{detail}”, so it is probably another kind of number.",
  },
  "cpr.nearby-reference": {
    da: "Tæt ved står »{detail}«, så nummeret kan være et referencenummer.",
    en: "“{detail}” stands close by, so the number may be a reference number.",
  },
  "cpr.glued": {
    da: "Nummeret hænger sammen med andre tal og er nok en del af et længere nummer.",
    en: "The number is joined to other digits and is probably part of a longer number.",
  },
  "cpr.table": {
    da: "Nummeret står mellem mange andre tal, som i en tabel eller liste.",
    en: "The number stands among many other numbers, as in a table or list.",
  },
  "cpr.person": {
    da: "Nummeret står ved »{detail}«, så det hører nok til en person.",
    en: "The number stands next to “{detail}”, so it probably belongs to a person.",
  },
  "cpr.person-name": {
    da: "Der står et navn lige før nummeret.",
    en: "A name stands right before the number.",
  },
  "cpr.column": {
    da: "Nummeret står i en tabel, hvis kolonne hedder »{detail}«.",
    en: "The number stands in a table with a column headed “{detail}”.",
  },
  "cpr.denied": {
    da: "Teksten siger, at det ikke er et CPR-nummer (»{detail}« står med en nægtelse).",
    en: "The text says it is not a CPR number (“{detail}” is negated).",
  },
  "cpr.glued-letters": {
    da: "Nummeret hænger sammen med bogstaver og er nok en kode eller et varenummer.",
    en: "The number is joined to letters and is probably a code or a product number.",
  },
  "cpr.amount": {
    da: "Nummeret står som et beløb (kr., DKK, ,-).",
    en: "The number is written as an amount (kr., DKK, ,-).",
  },
  "cpr.technical": {
    da: "Nummeret er en værdi i en teknisk tekst (navn=værdi), fx et tidsstempel eller et id.",
    en: "The number is a value in technical text (name=value), such as a time stamp or an id.",
  },
  "cpr.time-stamp": {
    da: "Nummeret ligner en dato for nylig med et klokkeslæt, ikke en fødselsdato.",
    en: "The number looks like a recent date with a time of day, not a birth date.",
  },
  "cpr.unit": {
    da: "Der står »{detail}« lige efter nummeret, så det er nok et antal, ikke et CPR-nummer.",
    en: "“{detail}” stands right after the number, so it is probably a count, not a CPR number.",
  },
  "cpr.time-word": {
    da: "Nummeret står ved »{detail}« og er nok et tidspunkt (dato og klokkeslæt), ikke en fødselsdato.",
    en: "The number stands by “{detail}” and is probably a moment in time (date and time), not a birth date.",
  },
  "cpr.dotted-date": {
    da: "Nummeret er skrevet som en dato med punktummer, og intet andet tyder på et CPR-nummer.",
    en: "The number is written as a dotted date, and nothing else suggests a CPR number.",
  },
  "iban.valid": {
    da: "Gyldigt IBAN: længde og kontrolcifre passer.",
    en: "Valid IBAN: the length and check digits match.",
  },
  "iban.country": {
    da: "IBAN fra landet {detail}.",
    en: "IBAN from country {detail}.",
  },
  "bankkonto.context": {
    da: "Der står et bankord ved nummeret: »{detail}«.",
    en: "A banking word stands next to the number: “{detail}”.",
  },
  "bankkonto.account-only": {
    da: "Kun kontonummeret står der, uden registreringsnummer.",
    en: "Only the account number is given, without the registration number.",
  },
  "pas.context": {
    da: "Der står et ord om pas ved nummeret: »{detail}«.",
    en: "A word about passports stands next to the number: “{detail}”.",
  },
  "koerekort.context": {
    da: "Der står et ord om kørekort ved nummeret: »{detail}«.",
    en: "A word about driving licences stands next to the number: “{detail}”.",
  },
};
