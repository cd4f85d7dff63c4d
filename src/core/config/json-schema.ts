import { z } from "../zod-jitless";
import { configSchema } from "./schema";

/** The configuration's JSON Schema (draft 2020-12) for editors; checks written in code (placeholders) are not in it. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }),
    title: "Kanalvagt configuration",
  };
}
