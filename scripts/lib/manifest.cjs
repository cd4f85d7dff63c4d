// Where the add-in is served from, and how the built manifest learns it. Pure functions: webpack.config.js uses them
// to write dist/manifest.xml and dist/build-info.json, and the manifest checks read the base URL back from there.
"use strict";

/** Every URL in the source manifest starts with this; `npm start` serves the add-in here. */
const DEV_BASE_URL = "https://localhost:3000/";

/** Written by the build beside dist/manifest.xml, so the validator knows which base URL the manifest must use. */
const BUILD_INFO_FILE = "build-info.json";

const EXAMPLE = "ADDIN_BASE_URL=https://addin.example.dk/kanalvagt/ npm run build";

/**
 * Parses a base URL and returns it ending in "/", so that relative paths can be appended to it.
 * Throws when the value is not an absolute URL.
 */
function normaliseBaseUrl(baseUrl) {
  const href = new URL(baseUrl).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** Returns the manifest with every `https://localhost:3000/` replaced by `baseUrl` (made to end in "/"). */
function rewriteManifestUrls(xml, baseUrl) {
  // The base lands in XML attribute values; a URL path may legally contain "&".
  const base = normaliseBaseUrl(baseUrl).replaceAll("&", "&amp;");
  // A function, not a string: "$&" or "$$" in a URL path would otherwise be read as replacement patterns.
  return xml.replaceAll(DEV_BASE_URL, () => base);
}

/**
 * The base URL a production build rewrites the manifest to: `env.ADDIN_BASE_URL`, which must be an absolute https
 * URL without query or fragment. Throws an Error that says what to set when it is missing or wrong.
 */
function productionBaseUrl(env) {
  const fix = `Set it to the https address the add-in's files are hosted at, for example: ${EXAMPLE}`;
  if ((env.ADDIN_BASE_URL ?? "").trim() === "")
    throw new Error(`A production build needs ADDIN_BASE_URL. ${fix}`);
  return checkedBaseUrl(env.ADDIN_BASE_URL, "ADDIN_BASE_URL", fix);
}

/**
 * `given` (named `name` in messages) as a base URL for the manifest: an absolute https URL without query, fragment
 * or credentials, returned ending in "/". Throws an Error that ends in `fix` when it is missing or wrong.
 */
function checkedBaseUrl(given, name, fix) {
  const value = (given ?? "").trim();
  if (value === "") {
    throw new Error(`${name} is needed. ${fix}`);
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} "${value}" is not a valid URL. ${fix}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`${name} "${value}" must use https: Outlook loads add-ins only over HTTPS. ${fix}`);
  }
  if (url.search !== "" || url.hash !== "" || value.endsWith("?") || value.endsWith("#")) {
    throw new Error(`${name} "${value}" must not contain a query (?) or fragment (#). ${fix}`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new Error(`${name} "${value}" must not contain a user name or password. ${fix}`);
  }
  return normaliseBaseUrl(value);
}

/** The contents of dist/build-info.json (serialise with JSON.stringify). */
function buildInfo(baseUrl) {
  return { baseUrl: normaliseBaseUrl(baseUrl) };
}

module.exports = {
  DEV_BASE_URL,
  BUILD_INFO_FILE,
  normaliseBaseUrl,
  rewriteManifestUrls,
  productionBaseUrl,
  checkedBaseUrl,
  buildInfo,
};
