import { badRequest } from "./graph-error";

/** The part of OData the project's Graph calls use, parsed strictly: anything else is refused as Graph would. */

export type Comparison = "ge" | "gt" | "le" | "lt" | "eq";

/** Bounds on receivedDateTime (epoch ms) from a $filter such as "receivedDateTime ge 2025-01-01T00:00:00Z and …". */
export interface TimeFilter {
  clauses: { op: Comparison; time: number }[];
}

const CLAUSE =
  /^\(?\s*receivedDateTime\s+(ge|gt|le|lt|eq)\s+(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))\s*\)?$/i;

export function parseFilter(filter: string | null): TimeFilter {
  if (filter === null || filter.trim() === "") return { clauses: [] };
  const clauses = filter.split(/\s+and\s+/i).map((part) => {
    const match = CLAUSE.exec(part.trim());
    if (!match) {
      throw badRequest(
        "ErrorInvalidUrlQueryFilter",
        `The emulator supports only receivedDateTime comparisons joined by 'and'; cannot read: ${part.trim().slice(0, 80)}`,
      );
    }
    return { op: (match[1] ?? "ge").toLowerCase() as Comparison, time: Date.parse(match[2] ?? "") };
  });
  return { clauses };
}

export function parseOrder(orderby: string | null): "asc" | "desc" {
  if (orderby === null || orderby.trim() === "") return "asc";
  const match = /^receivedDateTime(?:\s+(asc|desc))?$/i.exec(orderby.trim());
  if (!match) throw badRequest("BadRequest", `The emulator can order only by receivedDateTime: ${orderby}`);
  return (match[1] ?? "asc").toLowerCase() as "asc" | "desc";
}

export const MAX_TOP = 1000;
const DEFAULT_TOP = 10;

export function parseTop(top: string | null): number {
  if (top === null) return DEFAULT_TOP;
  const value = Number(top);
  if (!Number.isInteger(value) || value < 1 || value > MAX_TOP) {
    throw badRequest(
      "ErrorInvalidUrlQuery",
      `The value of $top must be a whole number from 1 to ${MAX_TOP}: ${top}`,
    );
  }
  return value;
}

/** Splits at commas outside parentheses and quotes: "a($select=x,y),b" → ["a($select=x,y)", "b"]. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === "(") depth++;
    else if (!quoted && char === ")") depth--;
    else if (!quoted && depth === 0 && char === ",") {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part) => part !== "");
}

export interface Expand {
  /** Extended property ids asked for with singleValueExtendedProperties($filter=id eq '…' or …). */
  properties?: string[];
  /** attachments, with its own $select when given. */
  attachments?: { select?: string[] };
}

export function parseExpand(expand: string | null): Expand {
  const result: Expand = {};
  if (expand === null) return result;
  for (const item of splitTopLevel(expand)) {
    const match = /^(\w+)(?:\((.*)\))?$/s.exec(item);
    const name = match?.[1] ?? "";
    const inner = match?.[2];
    if (name === "singleValueExtendedProperties") {
      const filter = /^\$filter=(.*)$/s.exec(inner ?? "")?.[1];
      if (filter === undefined)
        throw badRequest(
          "BadRequest",
          "singleValueExtendedProperties must be expanded with $filter=id eq '…'",
        );
      result.properties = filter.split(/\s+or\s+/i).map((clause) => {
        const id = /^\(?\s*id\s+eq\s+'((?:[^']|'')*)'\s*\)?$/i.exec(clause.trim())?.[1];
        if (id === undefined)
          throw badRequest(
            "BadRequest",
            `Cannot read the extended property filter: ${clause.trim().slice(0, 80)}`,
          );
        return id.replace(/''/g, "'");
      });
    } else if (name === "attachments") {
      const select = /^\$select=(.*)$/s.exec(inner ?? "")?.[1];
      result.attachments = select === undefined ? {} : { select: select.split(",").map((s) => s.trim()) };
    } else {
      throw badRequest(
        "BadRequest",
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.message'.`,
      );
    }
  }
  return result;
}

/** The opaque $skiptoken: where the next page starts in the filtered, ordered list. */
export function encodeSkipToken(position: number): string {
  return Buffer.from(`kv1:${position}`).toString("base64url");
}

export function decodeSkipToken(token: string | null): number {
  if (token === null) return 0;
  const match = /^kv1:(\d+)$/.exec(Buffer.from(token, "base64url").toString());
  if (!match) throw badRequest("ErrorInvalidUrlQuery", "The $skiptoken is not one this server issued.");
  return Number(match[1]);
}
