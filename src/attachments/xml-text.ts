import type { XmlHandlers } from "./xml-stream";
import type { TextBudget } from "./outcome";

/** How a document format's XML becomes plain text. */
export interface XmlTextRules {
  /** Elements whose text is the document's text; text anywhere else is layout whitespace or field codes. */
  textIn: ReadonlySet<string>;
  /** What an element stands for where it opens: a tab, a line break, a space. */
  atOpen: ReadonlyMap<string, string>;
  /** What ends an element: a line after a paragraph, a tab after a table cell. */
  atClose: ReadonlyMap<string, string>;
}

/** Collects a part's text by its rules, spending the attachment's text budget as it goes. */
export class XmlTextCollector implements XmlHandlers {
  private readonly pieces: string[] = [];
  private inside = 0;

  constructor(
    private readonly rules: XmlTextRules,
    private readonly budget: TextBudget,
  ) {}

  open(name: string): void {
    if (this.rules.textIn.has(name)) this.inside++;
    const mark = this.rules.atOpen.get(name);
    if (mark !== undefined) this.add(mark);
  }

  close(name: string): void {
    if (this.rules.textIn.has(name)) this.inside--;
    const mark = this.rules.atClose.get(name);
    if (mark !== undefined) this.add(mark);
  }

  text(text: string): void {
    if (this.inside > 0) this.add(text);
  }

  result(): string {
    return this.pieces.join("");
  }

  private add(text: string): void {
    this.budget.keep(text, this.pieces);
  }
}
