// Types for manifest-checks.cjs.
export declare const PROJECT_LOCALES: readonly string[];
export declare function pngSize(bytes: Buffer): { width: number; height: number } | undefined;
export declare function checkResourceIds(xml: string): string[];
export declare function checkUrls(xml: string, baseUrl: string): string[];
export declare function checkIcons(
  xml: string,
  baseUrl: string,
  readSiteFile: (relativePath: string) => Buffer | undefined,
): string[];
export declare function checkVersion(xml: string): string[];
export declare function checkLocaleOverrides(xml: string, locales?: readonly string[]): string[];
export declare function checkLaunchEvents(xml: string): string[];
