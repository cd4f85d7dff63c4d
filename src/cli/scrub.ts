import { maskCprInText } from "../core/privacy/mask-cpr-in-text";

/** Six or more digits in a row (any script's digits), with the spaces and dashes numbers are written with. */
const LONG_NUMBER = /\p{Nd}[\p{Nd} \p{Pd}]*\p{Nd}/gu;
/** What maskCprInText left of a CPR number: the birth date, then "-****". */
const MASKED_SERIAL = /^[\s\p{Pd}]*\*/u;

/**
 * Error and warning texts: CPR numbers masked by maskCprInText, the one masking the command also uses for file names
 * (the engine's own detector decides, so every layout it finds in a mail is masked here too), and any other run of six or more digits (an account
 * or phone number, a CPR number split where no detector would look) removed, so none reaches the terminal or a log.
 */
export function scrubDigits(text: string): string {
  const masked = maskCprInText(text);
  return masked.replace(LONG_NUMBER, (run, offset: number) => {
    if (MASKED_SERIAL.test(masked.slice(offset + run.length))) return run;
    return run.replace(/\P{Nd}/gu, "").length >= 6 ? "[digits removed]" : run;
  });
}
