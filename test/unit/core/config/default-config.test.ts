import { DEFAULT_CONFIG } from "../../../../src/core/config/default-config";
import { configSchema } from "../../../../src/core/config/schema";

describe("the bundled default configuration, used without a check when the add-in loads", () => {
  it("is exactly what the schema makes of it: valid, and with nothing left for the schema to fill in", () => {
    const checked = configSchema.safeParse(structuredClone(DEFAULT_CONFIG));
    expect(checked.error?.issues).toBeUndefined();
    expect(checked.data).toStrictEqual(DEFAULT_CONFIG);
  });
});
