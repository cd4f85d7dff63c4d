// Types for manifest-files.cjs.
export interface ManifestTarget {
  path: string;
  siteRoot: string;
  baseUrl: string;
  baseFrom: string;
}
export declare const PROJECT_ROOT: string;
export declare const SCHEMA: string;
export declare const XMLLINT_MISSING: string;
export declare function manifestTarget(path: string, baseUrl?: string): ManifestTarget;
export declare function defaultManifestPaths(): string[];
export declare function xmllintAvailable(env?: Record<string, string | undefined>): boolean;
export declare function validateAgainstSchema(
  path: string,
  env?: Record<string, string | undefined>,
): { valid: boolean; output: string };
export declare function siteFileReader(siteRoot: string): (relativePath: string) => Buffer | undefined;
