/** Reason codes by family and detail: a mail repeats the same few, so each finding need not build its strings anew. */
const codes = new Map<string, Map<string, string>>();
/** Details are words from lexicons, configuration and mail; past this many per family the table stops growing. */
const MAX_PER_FAMILY = 10_000;

/** "family:detail", e.g. reasonCode("cpr.context", "cpr-nr") → "cpr.context:cpr-nr". */
export function reasonCode(family: string, detail: string): string {
  let byDetail = codes.get(family);
  if (byDetail === undefined) {
    byDetail = new Map();
    codes.set(family, byDetail);
  }
  let code = byDetail.get(detail);
  if (code === undefined) {
    code = `${family}:${detail}`;
    if (byDetail.size < MAX_PER_FAMILY) byDetail.set(detail, code);
  }
  return code;
}
