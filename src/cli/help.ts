/** Danish first, English second, as everywhere staff read the tool's own words. */
export const HELP = `kanalvagt — sorterer borgernes mails efter kanalstrategien og advarer om følsomme oplysninger

Brug:
  kanalvagt classify [--json] [--reveal] [--config FIL] [--model MODEL.json] STI...
  kanalvagt stats --mailbox ADRESSE --from DATO --to DATO [--format table|csv|json|html]  (kanalvagt stats --help)
  kanalvagt triage --mailbox ADRESSE [--since DATO] [--dry-run]  (kanalvagt triage --help)
  kanalvagt config check FIL  (tjekker en konfiguration og nævner manglende værdier)
  kanalvagt learn --labels LABELS.jsonl --out MODEL.json STI...  (lærer af rettelser; kanalvagt learn --help)
  kanalvagt manifest --base-url URL [--out FIL]  (skriver manifest.xml til en vært; kanalvagt manifest --help)
  kanalvagt categories --mailbox ADRESSE  (opretter kategorierne i postkassen; kanalvagt categories --help)

  STI er en .eml-fil eller en mappe; en mappe giver alle *.eml under den, sorteret.
  Uden --json vises en tabel. Med --json skrives ét JSON-objekt pr. mail pr. linje.
  Fundne numre vises maskeret (010190-****), også CPR-numre i filnavne; --reveal viser dem fuldt.
  --config FIL læser en konfiguration (JSON); er den ugyldig, bruges standarden, og fejlen vises.
  Afslutningskode 1, hvis en fil ikke kunne læses; 2 ved forkert brug.

Usage:
  kanalvagt classify [--json] [--reveal] [--config FILE] [--model MODEL.json] PATH...
  kanalvagt stats --mailbox ADDRESS --from DATE --to DATE [--format table|csv|json|html]  (kanalvagt stats --help)
  kanalvagt triage --mailbox ADDRESS [--since DATE] [--dry-run]  (kanalvagt triage --help)
  kanalvagt config check FILE  (checks a configuration and lists missing values)
  kanalvagt learn --labels LABELS.jsonl --out MODEL.json PATH...  (learns from corrections; kanalvagt learn --help)
  kanalvagt manifest --base-url URL [--out FILE]  (writes manifest.xml for a host; kanalvagt manifest --help)
  kanalvagt categories --mailbox ADDRESS  (creates the categories in the mailbox; kanalvagt categories --help)

  PATH is an .eml file or a folder; a folder means every *.eml below it, sorted.
  Without --json a table is printed. With --json, one JSON object per mail per line.
  Numbers found are masked (010190-****), and so are CPR numbers in file names; --reveal shows them in full.
  --config FILE reads a configuration (JSON); if it is invalid the default is used and the problem is shown.
  Exit code 1 if any file could not be read; 2 on wrong usage.

Options:
  --json          one JSON object per mail per line
  --reveal        show full values (CPR numbers, account numbers, matched words) and file names
  --config FILE   configuration file (JSON)
  --model FILE    a model written by kanalvagt learn, instead of the shipped one
  -h, --help      this text
`;
