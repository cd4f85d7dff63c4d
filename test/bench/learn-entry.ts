/**
 * What the benchmark measures of `kanalvagt learn`, phase by phase: learn.ts's own steps, bundled by esbuild as the
 * CLI is (load-engine.ts), so the figures are the CLI's and not tsx's.
 */
export { adapterFor, exampleOf, FOLDS } from "../../src/cli/learn";
export { DEFAULT_MODEL } from "../../src/core/classify/default-model";
export { DEFAULT_CONFIG } from "../../src/core/config/load";
export { crossValidatedComparison } from "../../src/core/learn/local-evaluation";
export { readEmlFile } from "../../src/eml/read-eml-file";
