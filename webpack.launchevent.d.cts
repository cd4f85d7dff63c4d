// Types for webpack.launchevent.cjs.
import type { Compiler, Configuration } from "webpack";

export declare const SCRIPT_FILE: string;
export declare const PAGE_FILE: string;
export declare function launchEventConfig(options: {
  production: boolean;
  outputPath: string;
}): Configuration;
export declare class LaunchEventPlugin {
  constructor(options: { production: boolean; officeScript: string | undefined });
  apply(compiler: Compiler): void;
}
