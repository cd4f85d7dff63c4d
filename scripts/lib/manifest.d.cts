// Types for manifest.cjs, so TypeScript (tests, webpack config checks) can import it.
export declare const DEV_BASE_URL: string;
export declare const BUILD_INFO_FILE: string;
export declare function normaliseBaseUrl(baseUrl: string): string;
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
export declare function productionBaseUrl(env: Record<string, string | undefined>): string;
export declare function checkedBaseUrl(given: string | undefined, name: string, fix: string): string;
export declare function buildInfo(baseUrl: string): { baseUrl: string };
