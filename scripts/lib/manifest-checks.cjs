// The manifest checks Microsoft's XSDs cannot make. Pure functions over the manifest text: each returns a list of
// problems, and each problem names the element (with its line) so that whoever edits manifest.xml can find it.
// Run them after xmllint has accepted the schema; they assume a well-formed manifest.
"use strict";

const { parseDocument } = require("htmlparser2");
const { normaliseBaseUrl } = require("./manifest.cjs");

/** Kanalvagt writes every user-visible text in Danish first and English second. */
const PROJECT_LOCALES = ["da-DK", "en-US"];

/** Pixel sizes Microsoft requires for the add-in's own icons (the command icons declare theirs in `size`). */
const ADDIN_ICON_SIZES = { IconUrl: 64, HighResolutionIconUrl: 128 };

/** Microsoft limits resource ids to 32 characters. */
const MAX_RESOURCE_ID_LENGTH = 32;

const RESOURCE_KINDS = ["Images", "Urls", "ShortStrings", "LongStrings"];

const localName = (name) => name.slice(name.indexOf(":") + 1);
const isElement = (node) => node.type === "tag";
const childElements = (node) => (node.children ?? []).filter(isElement);

function parseManifest(xml) {
  const doc = parseDocument(xml, { xmlMode: true, withStartIndices: true });
  const elements = [];
  const walk = (node) => {
    for (const child of childElements(node)) {
      elements.push(child);
      walk(child);
    }
  };
  walk(doc);
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (node) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (lineStarts[mid] <= node.startIndex) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return { elements, lineOf, root: elements[0] };
}

const IDENTIFYING_ATTRIBUTES = ["xsi:type", "id", "size", "resid", "Locale"];

/** "line 57 <bt:Image size="16" resid="Icon.16x16">": enough to find the element in the file. */
function describe(manifest, element) {
  const attributes = IDENTIFYING_ATTRIBUTES.filter((name) => element.attribs[name] !== undefined)
    .map((name) => ` ${name}="${element.attribs[name]}"`)
    .join("");
  return `line ${manifest.lineOf(element)} <${element.name}${attributes}>`;
}

const textOf = (element) =>
  (element.children ?? [])
    .filter((node) => node.type === "text")
    .map((node) => node.data)
    .join("")
    .trim();

const parentName = (element) => (element.parent && element.parent.name ? localName(element.parent.name) : "");

/** Resources defined under <Resources>: id → { kind, element } (first definition wins). */
function resources(manifest) {
  const byId = new Map();
  const problems = [];
  for (const element of manifest.elements) {
    const kind = parentName(element);
    if (!RESOURCE_KINDS.includes(kind) || element.parent.parent?.name !== "Resources") continue;
    const id = element.attribs.id;
    if (id === undefined) continue;
    const earlier = byId.get(id);
    if (earlier && earlier.kind === kind) {
      problems.push(
        `${describe(manifest, element)}: resource id "${id}" is already defined at line ${manifest.lineOf(earlier.element)}.`,
      );
      continue;
    }
    if (!earlier) byId.set(id, { kind, element });
    if (id.length > MAX_RESOURCE_ID_LENGTH) {
      problems.push(
        `${describe(manifest, element)}: resource id "${id}" is longer than ${MAX_RESOURCE_ID_LENGTH} characters.`,
      );
    }
  }
  return { byId, problems };
}

/** Which kind of resource an element's resid must name; undefined when any kind will do. */
function expectedKind(element) {
  switch (localName(element.name)) {
    case "Image":
      return "Images";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return parentName(element) === "Supertip" ? "LongStrings" : undefined;
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "Override":
      return "Urls";
    default:
      return undefined;
  }
}

/** Every resid names a resource of the right kind, and resource ids are unique and short enough. */
function checkResourceIds(xml) {
  const manifest = parseManifest(xml);
  const { byId, problems } = resources(manifest);
  for (const element of manifest.elements) {
    const resid = element.attribs.resid;
    if (resid === undefined) continue;
    const resource = byId.get(resid);
    const expected = expectedKind(element);
    if (!resource) {
      problems.push(
        `${describe(manifest, element)}: resid "${resid}" is not defined in <Resources>` +
          (expected ? ` (add it under <bt:${expected}>).` : "."),
      );
    } else if (expected && resource.kind !== expected) {
      problems.push(
        `${describe(manifest, element)}: resid "${resid}" must name a resource in <bt:${expected}>, ` +
          `but it is defined in <bt:${resource.kind}> at line ${manifest.lineOf(resource.element)}.`,
      );
    }
  }
  return problems;
}

const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every URL (attribute value or element text) with the element it appears in. Namespace names are not URLs. */
function urlsIn(manifest) {
  const found = [];
  for (const element of manifest.elements) {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      if (URL_PATTERN.test(value.trim())) found.push({ element, url: value.trim() });
    }
    const text = textOf(element);
    if (URL_PATTERN.test(text)) found.push({ element, url: text });
  }
  return found;
}

/**
 * Every URL is https and lies under `baseUrl`. <AppDomain> entries name other sites the add-in may open, so they only
 * need https.
 */
function checkUrls(xml, baseUrl) {
  const manifest = parseManifest(xml);
  const base = normaliseBaseUrl(baseUrl);
  const problems = [];
  for (const { element, url } of urlsIn(manifest)) {
    if (!/^https:\/\//i.test(url)) {
      problems.push(`${describe(manifest, element)}: URL "${url}" must use https.`);
    } else if (localName(element.name) !== "AppDomain" && !url.startsWith(base)) {
      problems.push(`${describe(manifest, element)}: URL "${url}" is not under the base URL ${base}.`);
    }
  }
  return problems;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The icons the manifest references, each with the element that references it and the size it must have. */
function iconReferences(manifest, byId) {
  const references = [];
  const withOverrides = (element, source, size) => {
    references.push({ element: source, url: element.attribs.DefaultValue, size });
    for (const override of childElements(element).filter((child) => localName(child.name) === "Override")) {
      references.push({ element: override, url: override.attribs.Value, size });
    }
  };
  for (const element of manifest.elements) {
    const name = localName(element.name);
    if (element.parent === manifest.root && ADDIN_ICON_SIZES[name]) {
      withOverrides(element, element, ADDIN_ICON_SIZES[name]);
    } else if (name === "Image" && parentName(element) === "Icon") {
      const resource = byId.get(element.attribs.resid);
      if (resource && resource.kind === "Images")
        withOverrides(resource.element, element, Number(element.attribs.size));
    }
  }
  return references.filter((reference) => reference.url !== undefined);
}

/**
 * Each icon the manifest references is a PNG file of the declared pixel size. `readSiteFile(path)` returns the bytes
 * of a file by its path relative to the base URL (e.g. "assets/icon-64.png"), or undefined when it does not exist.
 */
function checkIcons(xml, baseUrl, readSiteFile) {
  const manifest = parseManifest(xml);
  const base = normaliseBaseUrl(baseUrl);
  const { byId } = resources(manifest);
  const problems = [];
  for (const { element, url, size } of iconReferences(manifest, byId)) {
    const where = describe(manifest, element);
    if (!url.startsWith(base)) {
      problems.push(
        `${where}: icon "${url}" is not under the base URL ${base}, so its file cannot be checked.`,
      );
      continue;
    }
    const path = decodeURIComponent(url.slice(base.length));
    const bytes = readSiteFile(path);
    const actual = bytes && pngSize(bytes);
    if (!bytes) {
      problems.push(`${where}: icon file ${path} does not exist.`);
    } else if (!actual) {
      problems.push(`${where}: icon file ${path} is not a PNG image.`);
    } else if (actual.width !== size || actual.height !== size) {
      problems.push(
        `${where}: icon file ${path} is ${actual.width}×${actual.height} px; it must be ${size}×${size} px.`,
      );
    }
  }
  return problems;
}

const VERSION_PATTERN = /^\d{1,5}(\.\d{1,5}){0,3}$/;

/** <Version> has one to four dot-separated numbers of at most five digits each. */
function checkVersion(xml) {
  const manifest = parseManifest(xml);
  const version = manifest.elements.find(
    (element) => element.parent === manifest.root && element.name === "Version",
  );
  if (!version) return ["<Version> is missing: add <Version>1.0.0.0</Version> after <Id>."];
  const value = textOf(version);
  return VERSION_PATTERN.test(value)
    ? []
    : [
        `${describe(manifest, version)}: "${value}" is not a valid version: use one to four numbers of at most ` +
          `five digits separated by dots, e.g. 1.0.0.1.`,
      ];
}

/** The texts a user sees: the add-in's display name and description, and every short and long string resource. */
function userVisibleStrings(manifest) {
  return manifest.elements.filter((element) => {
    const name = localName(element.name);
    if (element.parent === manifest.root) return name === "DisplayName" || name === "Description";
    return name === "String" && ["ShortStrings", "LongStrings"].includes(parentName(element));
  });
}

/** Every user-visible text has an Override for each project locale other than <DefaultLocale>. */
function checkLocaleOverrides(xml, locales = PROJECT_LOCALES) {
  const manifest = parseManifest(xml);
  const defaultLocaleElement = manifest.elements.find(
    (element) => element.parent === manifest.root && element.name === "DefaultLocale",
  );
  const defaultLocale = defaultLocaleElement ? textOf(defaultLocaleElement) : "";
  const same = (a, b) => a.toLowerCase() === b.toLowerCase();
  if (!locales.some((locale) => same(locale, defaultLocale))) {
    const where = defaultLocaleElement ? describe(manifest, defaultLocaleElement) : "<DefaultLocale>";
    return [`${where}: the default locale must be one of ${locales.join(", ")}, not "${defaultLocale}".`];
  }
  const needed = locales.filter((locale) => !same(locale, defaultLocale));
  const problems = [];
  for (const element of userVisibleStrings(manifest)) {
    const overrides = childElements(element).filter((child) => localName(child.name) === "Override");
    for (const locale of needed) {
      if (!overrides.some((override) => same(override.attribs.Locale ?? "", locale))) {
        problems.push(
          `${describe(manifest, element)}: "${element.attribs.DefaultValue}" has no Override for ${locale}; ` +
            `every ${defaultLocale} text needs one.`,
        );
      }
    }
  }
  return problems;
}

/**
 * Event-based activation: each LaunchEvent's SourceLocation names a <Runtime>, that Runtime has the JavaScript
 * Override classic Outlook on Windows needs (it cannot load the HTML page), and OnMessageSend is declared at most once.
 */
function checkLaunchEvents(xml) {
  const manifest = parseManifest(xml);
  const runtimes = manifest.elements.filter((element) => localName(element.name) === "Runtime");
  const problems = [];
  let sendEvents = 0;
  for (const point of manifest.elements) {
    if (localName(point.name) !== "ExtensionPoint" || point.attribs["xsi:type"] !== "LaunchEvent") continue;
    const events = childElements(point)
      .filter((child) => localName(child.name) === "LaunchEvents")
      .flatMap(childElements);
    sendEvents += events.filter((event) => event.attribs.Type === "OnMessageSend").length;
    const source = childElements(point).find((child) => localName(child.name) === "SourceLocation");
    const resid = source?.attribs.resid;
    const runtime = runtimes.find((element) => element.attribs.resid === resid);
    if (!runtime) {
      problems.push(
        `${describe(manifest, source ?? point)}: the LaunchEvent's SourceLocation "${resid}" names no ` +
          `<Runtime resid="…"> under <Runtimes>; Outlook loads event handlers only from a declared runtime.`,
      );
      continue;
    }
    const override = childElements(runtime).find(
      (child) => localName(child.name) === "Override" && child.attribs.type === "javascript",
    );
    if (!override) {
      problems.push(
        `${describe(manifest, runtime)}: has no <Override type="javascript" resid="…"/>; classic Outlook on ` +
          `Windows runs event handlers only from that single JavaScript file.`,
      );
    }
  }
  if (sendEvents > 1) {
    problems.push(`OnMessageSend is declared ${sendEvents} times; Outlook allows one per add-in.`);
  }
  return problems;
}

module.exports = {
  PROJECT_LOCALES,
  pngSize,
  checkResourceIds,
  checkUrls,
  checkIcons,
  checkVersion,
  checkLocaleOverrides,
  checkLaunchEvents,
};
