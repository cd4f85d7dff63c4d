import packageJson from "../../package.json";

/** The engine's version, stored in every triage record. */
export const ENGINE_VERSION: string = packageJson.version;
