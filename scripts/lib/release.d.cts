// Types for release.cjs.
export declare const SITE_FOLDER: string;
export declare const MANIFEST_TEMPLATE: string;
export declare const EXAMPLE_CONFIG: string;
export declare const CHECKSUMS: string;
export declare function releaseFiles(options: {
  version: string;
  distDir: string;
  manifestTemplate: Buffer;
  exampleConfig: Buffer;
}): Map<string, Uint8Array>;
export declare function zipRelease(files: Map<string, Uint8Array>): Uint8Array;
export declare function sha256(bytes: Uint8Array): string;
