/**
 * Jest transform for pdf.js, which ships only as ES modules (and reads import.meta.url): esbuild rewrites it to
 * CommonJS so the jest suite (CommonJS through ts-jest) can load it the way the CLI and the pane's worker import it.
 */
const { transformSync } = require("esbuild");
const { createHash } = require("node:crypto");
const { pathToFileURL } = require("node:url");

module.exports = {
  process(source, filename) {
    const { code } = transformSync(source, {
      format: "cjs",
      loader: "js",
      target: "node20",
      sourcefile: filename,
      define: { "import.meta.url": JSON.stringify(pathToFileURL(filename).href) },
    });
    return { code };
  },
  getCacheKey(source, filename) {
    return createHash("sha1").update(source).update(filename).update("esm-to-cjs 1").digest("hex");
  },
};
