import { Parser } from "htmlparser2";
import { NotRead, TextCut } from "./outcome";
import type { ZipEntry, ZipReader } from "./zip";

/** What a format reader does with the XML it is fed; names keep their namespace prefix ("w:t", "text:p"). */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** No Office or OpenDocument part nests this deep; a file that does is built to make parsing slow. */
const MAX_DEPTH = 256;

/**
 * A streaming XML reader over htmlparser2 in XML mode, fed text as the zip inflates it. It expands no entities but
 * XML's five and numeric references, and it refuses a document type declaration outright: Office and OpenDocument
 * parts never have one, and one is how entity-expansion attacks (billion laughs) begin. Nesting is capped, since the
 * parser's element stack costs time in proportion to its depth.
 */
export class XmlStream {
  private readonly parser: Parser;
  private depth = 0;

  constructor(handlers: XmlHandlers) {
    this.parser = new Parser(
      {
        onopentag: (name, attributes) => {
          if (++this.depth > MAX_DEPTH) throw new NotRead("damaged");
          handlers.open(name, attributes);
        },
        onclosetag: (name) => {
          this.depth--;
          handlers.close(name);
        },
        ontext: (text) => handlers.text(text),
        onprocessinginstruction: (name) => {
          if (name.toLowerCase() === "!doctype") throw new NotRead("damaged");
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
  }

  write(chunk: string): void {
    if (chunk.length > 0) this.parser.write(chunk);
  }

  end(): void {
    this.parser.end();
  }
}

/**
 * Feeds one zip entry through the streaming XML reader as it inflates. A handler that reaches the text limit (TextCut)
 * ends it there: nothing more of the entry is inflated, and the handler keeps the text it has.
 */
export function streamXml(zip: ZipReader, entry: ZipEntry, handlers: XmlHandlers): void {
  const xml = new XmlStream(handlers);
  try {
    zip.readText(entry, (text) => xml.write(text));
    xml.end();
  } catch (err) {
    if (!(err instanceof TextCut)) throw err;
  }
}
