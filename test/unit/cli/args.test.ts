import { parseCommand } from "../../../src/cli/args";
import { UsageError } from "../../../src/cli/usage";

describe("parseCommand", () => {
  it("reads classify's options and keeps PATHs in order", () => {
    expect(parseCommand(["classify", "--json", "b", "--config", "c.json", "a", "--reveal"])).toEqual({
      name: "classify",
      options: { json: true, reveal: true, configPath: "c.json", paths: ["b", "a"] },
    });
  });

  it.each([[[]], [["--help"]], [["help"]], [["classify", "-h"]]])("shows help for %j", (argv) => {
    expect(parseCommand(argv)).toEqual({ name: "help" });
  });

  it.each([
    [["sort", "x.eml"], /unknown command "sort"/],
    [["classify"], /at least one/],
    [["classify", "--jsn", "x.eml"], /--jsn/],
    [["classify", "--config"], /--config/],
  ])("rejects %j with a usage error", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
