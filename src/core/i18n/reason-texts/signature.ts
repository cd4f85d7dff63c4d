import type { ReasonTexts } from "../reason-text";

/** Texts for the reason codes this part of the engine produces; see ../describe-reason.ts. */
export const signatureReasons: ReasonTexts = {
  "signature.content-type": {
    da: "Vi har aflæst det i de tekniske oplysninger, som afsenderens mailprogram skriver i mailen.",
    en: "We read it from the technical details the sender's mail program writes into the mail.",
  },
  "signature.protocol": {
    da: "Mailen er signeret med en anden metode end S/MIME ({detail}).",
    en: "The mail is signed with a method other than S/MIME ({detail}).",
  },
  "signature.item-class": {
    da: "Vi har aflæst det i Outlooks egne oplysninger om mailen.",
    en: "We read it from Outlook's own details about the mail.",
  },
  "signature.attachment": {
    da: "Mailen har en vedhæftet signatur- eller krypteringsfil.",
    en: "The mail has a signature or encryption file attached.",
  },
  "signature.ambiguous": {
    da: "Signalet kan både betyde krypteret og signeret uden kryptering; vi regner med krypteret.",
    en: "The signal can mean either encrypted or signed without encryption; we assume encrypted.",
  },
  "signature.signed-unknown": {
    da: "Mailen er krypteret, så det kan ikke ses, om den også er signeret.",
    en: "The mail is encrypted, so it cannot be seen whether it is also signed.",
  },
  "signature.no-signal": {
    da: "Der er ingen mailheadere eller andre tegn at afgøre det ud fra, så det er ukendt, om mailen er signeret eller krypteret.",
    en: "There are no mail headers or other signals to go by, so it is unknown whether the mail is signed or encrypted.",
  },
};
