import { TextCut, type TextBudget } from "./outcome";

/** Groups whose content is not the document's text: tables of fonts and colours, metadata, pictures, field codes. */
const SKIPPED_DESTINATIONS = new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "themedata",
  "colorschememapping",
  "datastore",
  "latentstyles",
  "listtable",
  "listoverridetable",
  "rsidtbl",
  "generator",
  "xmlnstbl",
  "fldinst",
  "filetbl",
  "revtbl",
]);

const BREAKS: Record<string, string> = {
  par: "\n",
  line: "\n",
  sect: "\n",
  page: "\n",
  row: "\n",
  tab: "\t",
  cell: "\t",
};

export function isRtf(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 5)) === "{\\rtf";
}

interface Group {
  skip: boolean;
  /** Characters that stand in for a \u character in readers without Unicode (\ucN, default 1). */
  fallback: number;
}

/**
 * RTF → text with a small reader of its syntax: groups, control words, \'hh bytes in the document's code page and
 * \uN characters with their fallback skipped. Pictures, font tables and other non-text groups are skipped whole,
 * without decoding them. Only single-byte code pages are decoded (Danish RTF is windows-1252).
 */
export function rtfToText(bytes: Uint8Array, budget: TextBudget): string {
  const source = new TextDecoder("latin1").decode(bytes);
  const out: string[] = [];
  const stack: Group[] = [];
  let group: Group = { skip: false, fallback: 1 };
  let codePage = new TextDecoder("windows-1252");
  let toSkip = 0;
  const emit = (text: string): void => {
    if (group.skip) return;
    if (toSkip > 0) {
      toSkip--;
      return;
    }
    budget.keep(text, out);
  };
  let at = 0;
  try {
    while (at < source.length) {
      const char = source[at++] ?? "";
      if (char === "{") {
        stack.push(group);
        group = { ...group };
      } else if (char === "}") {
        group = stack.pop() ?? group;
      } else if (char === "\\") {
        const next = source[at] ?? "";
        if (next === "'") {
          const byte = parseInt(source.slice(at + 1, at + 3), 16);
          at += 3;
          if (!Number.isNaN(byte)) emit(codePage.decode(Uint8Array.of(byte)));
        } else if (next === "*") {
          at++;
          group.skip = true;
        } else if (/[a-z]/i.test(next)) {
          const word = /^([a-z]+)(-?\d+)? ?/i.exec(source.slice(at, at + 40));
          const name = word?.[1] ?? "";
          const parameter = word?.[2] === undefined ? undefined : Number(word[2]);
          at += word?.[0].length ?? 1;
          if (name === "bin" && parameter !== undefined) at += Math.max(0, parameter);
          else if (SKIPPED_DESTINATIONS.has(name)) group.skip = true;
          else if (name === "uc" && parameter !== undefined) group.fallback = parameter;
          else if (name === "ansicpg" && parameter !== undefined)
            codePage = decoderFor(parameter) ?? codePage;
          else if (name === "u" && parameter !== undefined) {
            emit(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter));
            toSkip = group.fallback;
          } else if (BREAKS[name] !== undefined) emit(BREAKS[name]);
        } else {
          at++;
          if (next === "~") emit("\u00a0");
          else if (next === "\n" || next === "\r") emit("\n");
          else if (next === "\\" || next === "{" || next === "}") emit(next);
        }
      } else if (char !== "\n" && char !== "\r") {
        emit(char);
      }
    }
  } catch (err) {
    // Cut at the limit: the text before it is kept.
    if (!(err instanceof TextCut)) throw err;
  }
  return out.join("");
}

function decoderFor(codePage: number): TextDecoder | undefined {
  try {
    return new TextDecoder(`windows-${codePage}`);
  } catch {
    return undefined;
  }
}
