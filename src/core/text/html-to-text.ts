import { Tokenizer } from "htmlparser2";

/**
 * HTML → plain text for the detectors: keeps the paragraph and line structure (so quoted-history markers and tables
 * stay recognisable), drops what a reader never sees as text (script, style, head, comments), decodes entities.
 * Quoted history in <blockquote> comes out as "> " lines, as a plain-text mail client would write it.
 * We use htmlparser2's tokenizer without its Parser: the Parser keeps open elements in an array it unshifts, which
 * is quadratic on deeply nested markup. Text extraction needs no element stack, so the cost stays linear.
 */

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(["script", "style", "head", "title", "template", "noscript", "object", "svg", "math"]);

/** Elements that break a line where they start and end. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hr",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
  "caption",
]);

/** Elements that stand apart from what surrounds them by a blank line. */
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

const CELL = new Set(["td", "th"]);

/**
 * Collects text with HTML's whitespace rules: runs of white space are one space, space at the start or end of a line
 * is dropped, and line breaks are written lazily so empty blocks do not pile up blank lines.
 */
class TextWriter {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;
  private pendingSpace = false;
  private atLineStart = true;
  private wroteAnything = false;
  quoteDepth = 0;
  preDepth = 0;

  /** A block boundary: 1 for a line break, 2 for a paragraph break; boundaries next to each other merge. */
  blockBreak(count: 1 | 2): void {
    if (this.wroteAnything) this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** A <br>: each one counts, as senders use them for blank lines. */
  lineBreak(): void {
    if (this.wroteAnything) this.pendingBreaks += 1;
  }

  /** Between table cells on the same row. */
  cellBreak(): void {
    if (!this.atLineStart && this.pendingBreaks === 0) {
      this.parts.push("\t");
      this.pendingSpace = false;
    }
  }

  text(raw: string): void {
    if (this.preDepth > 0) {
      raw.split("\n").forEach((line, i) => {
        if (i > 0) this.pendingBreaks += 1;
        this.write(line);
      });
      return;
    }
    const collapsed = raw.replace(/[ \t\r\n\f]+/g, " ");
    const leading = collapsed.startsWith(" ");
    const trailing = collapsed.endsWith(" ");
    // Not trim(): it would also drop non-breaking spaces, which are text.
    const words = collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined);
    if (leading) this.pendingSpace = true;
    if (words.length > 0) this.write(words);
    if (trailing) this.pendingSpace = true;
  }

  private write(chunk: string): void {
    if (chunk.length === 0) return;
    if (this.pendingBreaks > 0) {
      this.parts.push("\n".repeat(Math.min(this.pendingBreaks, 2)));
      this.pendingBreaks = 0;
      this.atLineStart = true;
    }
    if (this.atLineStart) {
      if (this.quoteDepth > 0) this.parts.push("> ".repeat(this.quoteDepth));
    } else if (this.pendingSpace) {
      this.parts.push(" ");
    }
    this.parts.push(chunk);
    this.pendingSpace = false;
    this.atLineStart = false;
    this.wroteAnything = true;
  }

  result(): string {
    return this.parts.join("");
  }
}

export function htmlToText(html: string): string {
  const out = new TextWriter();
  let hiddenDepth = 0;
  let inHead = false;
  let lastOpened = "";
  const visible = (): boolean => hiddenDepth === 0 && !inHead;

  const open = (name: string): void => {
    lastOpened = name;
    if (name === "head") inHead = true;
    else if (name === "body") inHead = false;
    if (HIDDEN.has(name)) hiddenDepth += 1;
    if (!visible()) return;
    if (name === "br") out.lineBreak();
    else if (PARAGRAPH.has(name)) out.blockBreak(2);
    else if (BLOCK.has(name)) out.blockBreak(1);
    else if (CELL.has(name)) out.cellBreak();
    if (name === "blockquote") out.quoteDepth += 1;
    if (name === "pre") out.preDepth += 1;
  };

  const close = (name: string): void => {
    if (name === "head") inHead = false;
    if (HIDDEN.has(name)) {
      hiddenDepth = Math.max(0, hiddenDepth - 1);
      return;
    }
    if (!visible()) return;
    if (PARAGRAPH.has(name)) out.blockBreak(2);
    else if (BLOCK.has(name)) out.blockBreak(1);
    if (name === "blockquote") out.quoteDepth = Math.max(0, out.quoteDepth - 1);
    if (name === "pre") out.preDepth = Math.max(0, out.preDepth - 1);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => open(html.slice(start, end).toLowerCase()),
      onclosetag: (start, end) => close(html.slice(start, end).toLowerCase()),
      onselfclosingtag: () => {
        if (HIDDEN.has(lastOpened)) close(lastOpened);
      },
      ontext: (start, end) => {
        if (visible()) out.text(html.slice(start, end));
      },
      ontextentity: (codepoint) => {
        if (visible()) out.text(String.fromCodePoint(codepoint));
      },
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onopentagend: ignore,
      onprocessinginstruction: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return out.result();
}

function ignore(): void {}
