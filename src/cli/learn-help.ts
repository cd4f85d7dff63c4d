/** Danish first, English second, as everywhere staff read the tool's own words. */
export const LEARN_HELP = `kanalvagt learn — lærer af personalets rettelser: tilpasser den medfølgende model til kommunens egne mails

Brug:
  kanalvagt learn --labels LABELS.jsonl --out MODEL.json [--base MODEL.json] [--k N] [--force] [--config FIL] STI...
  kanalvagt learn --mailbox ADRESSE [--since ÅÅÅÅ-MM-DD] --out MODEL.json [--base …] [--k N] [--force] [--graph-url URL]

  LABELS.jsonl har ét JSON-objekt pr. linje: {"file": "<filnavn>.eml", "handling": "…", "topic": "…", "sender": "…"};
  et felt kan mangle (en rettelse af ét felt). "file" er navnet på en .eml-fil under STI.
  --mailbox lærer i stedet af fællespostkassens mails, hvis sorteringspost har en rettelse (over Microsoft Graph,
  samme app-registrering som kanalvagt triage); --since: rettede mails modtaget fra denne dag (standard: et år).
  Modellen starter fra den medfølgende (eller --base) og tilpasses de mærkede mails. Før og efter måles med
  krydsvalidering pr. felt; en model, der er dårligere end grundmodellen på et felt (mere end 0,01), skrives ikke
  uden --force.
  --k N: et træk bruges kun, hvis det findes i mindst N mails fra mindst N afsendere (standard 5).
  Fejl i input (tom fil, ukendte mærker, manglende filer, ødelagt model) skriver intet; afslutningskode 1.

Usage:
  kanalvagt learn --labels LABELS.jsonl --out MODEL.json [--base MODEL.json] [--k N] [--force] [--config FILE] PATH...
  kanalvagt learn --mailbox ADDRESS [--since YYYY-MM-DD] --out MODEL.json [--base …] [--k N] [--force] [--graph-url URL]

  LABELS.jsonl holds one JSON object per line: {"file": "<file name>.eml", "handling": "…", "topic": "…",
  "sender": "…"}; any field may be missing (a correction of one field). "file" is the name of an .eml under PATH.
  --mailbox learns instead from the shared mailbox's mails whose triage record holds a correction (over Microsoft
  Graph, the same app registration as kanalvagt triage); --since: corrected mails received from that day (default:
  a year back).
  The model starts from the shipped one (or --base) and is adapted to the labelled mails. Before and after are
  measured per field by cross-validation; a model worse than its base on any field (by more than 0.01) is not
  written unless --force.
  --k N: a feature is learned from only if it occurs in at least N mails from at least N senders (default 5).
  Bad input (an empty file, unknown labels, missing files, a damaged model) writes nothing; exit code 1.
`;
