// Each check the XSDs cannot make, on a small manifest broken in one place: it must fail and name the element.
import { PNG } from "pngjs";
import {
  checkIcons,
  checkLocaleOverrides,
  checkResourceIds,
  checkUrls,
  checkVersion,
  pngSize,
} from "../../../scripts/lib/manifest-checks.cjs";

const BASE = "https://addin.example.dk/kanalvagt/";

const SMALL_MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="MailApp">
  <Id>7028f3fd-8f72-4be2-b1cc-9160c27cc1ba</Id>
  <Version>1.0.0.0</Version>
  <DefaultLocale>da-DK</DefaultLocale>
  <DisplayName DefaultValue="Kanalvagt"><Override Locale="en-US" Value="Kanalvagt"/></DisplayName>
  <Description DefaultValue="Sorterer mails"><Override Locale="en-US" Value="Triages e-mail"/></Description>
  <IconUrl DefaultValue="${BASE}assets/icon-64.png"/>
  <HighResolutionIconUrl DefaultValue="${BASE}assets/icon-128.png"/>
  <SupportUrl DefaultValue="${BASE}assets/support.html"/>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
    <Hosts><Host xsi:type="MailHost"><DesktopFormFactor>
      <FunctionFile resid="Commands.Url"/>
      <Control xsi:type="Button" id="triage">
        <Label resid="Button.Label"/>
        <Supertip><Title resid="Button.Label"/><Description resid="Button.Tooltip"/></Supertip>
        <Icon><bt:Image size="16" resid="Icon.16x16"/></Icon>
        <Action xsi:type="ShowTaskpane"><SourceLocation resid="Taskpane.Url"/></Action>
      </Control>
    </DesktopFormFactor></Host></Hosts>
    <Resources>
      <bt:Images><bt:Image id="Icon.16x16" DefaultValue="${BASE}assets/icon-16.png"/></bt:Images>
      <bt:Urls>
        <bt:Url id="Commands.Url" DefaultValue="${BASE}commands.html"/>
        <bt:Url id="Taskpane.Url" DefaultValue="${BASE}taskpane.html"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Button.Label" DefaultValue="Triage"><bt:Override Locale="en-US" Value="Triage"/></bt:String>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="Button.Tooltip" DefaultValue="Åbner ruden"><bt:Override Locale="en-US" Value="Opens the pane"/></bt:String>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;

/** "line N", where N is the line of SMALL_MANIFEST that holds `snippet`. */
function at(snippet: string): string {
  expect(SMALL_MANIFEST).toContain(snippet);
  return `line ${SMALL_MANIFEST.slice(0, SMALL_MANIFEST.indexOf(snippet)).split("\n").length}`;
}

/** SMALL_MANIFEST with `find` replaced; fails loudly if the fixture no longer contains it. */
function broken(find: string, replacement: string): string {
  expect(SMALL_MANIFEST).toContain(find);
  return SMALL_MANIFEST.replace(find, replacement);
}

function png(width: number, height: number): Buffer {
  return PNG.sync.write(new PNG({ width, height }));
}

const site: Record<string, Buffer> = {
  "assets/icon-16.png": png(16, 16),
  "assets/icon-64.png": png(64, 64),
  "assets/icon-128.png": png(128, 128),
};
const readSite =
  (files: Record<string, Buffer>) =>
  (path: string): Buffer | undefined =>
    files[path];

test("the small manifest passes every check, so each failure below comes from its one break", () => {
  expect(checkResourceIds(SMALL_MANIFEST)).toEqual([]);
  expect(checkUrls(SMALL_MANIFEST, BASE)).toEqual([]);
  expect(checkIcons(SMALL_MANIFEST, BASE, readSite(site))).toEqual([]);
  expect(checkVersion(SMALL_MANIFEST)).toEqual([]);
  expect(checkLocaleOverrides(SMALL_MANIFEST)).toEqual([]);
});

describe("checkResourceIds", () => {
  test("names the element whose resid is not defined", () => {
    const problems = checkResourceIds(
      broken('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Pane.Url"/>'),
    );
    expect(problems).toEqual([
      `${at("<SourceLocation")} <SourceLocation resid="Pane.Url">: resid "Pane.Url" is not defined in <Resources> (add it under <bt:Urls>).`,
    ]);
  });

  test("names a resid that points at the wrong kind of resource", () => {
    const problems = checkResourceIds(
      broken('<Label resid="Button.Label"/>', '<Label resid="Button.Tooltip"/>'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /<Label resid="Button.Tooltip">: .*must name a resource in <bt:ShortStrings>/,
    );
    expect(problems[0]).toContain("defined in <bt:LongStrings>");
  });

  test("names a resource id defined twice", () => {
    const problems = checkResourceIds(
      broken(
        '<bt:Url id="Taskpane.Url"',
        '<bt:Url id="Commands.Url" DefaultValue="x"/><bt:Url id="Taskpane.Url"',
      ),
    );
    expect(problems).toEqual([
      `${at('<bt:Url id="Taskpane.Url"')} <bt:Url id="Commands.Url">: resource id "Commands.Url" is already defined at ${at('<bt:Url id="Commands.Url"')}.`,
    ]);
  });

  test("names a resource id longer than 32 characters", () => {
    const long = "Taskpane.Url.ThatIsFarTooLongForOutlook";
    const problems = checkResourceIds(SMALL_MANIFEST.replaceAll("Taskpane.Url", long));
    expect(problems).toEqual([
      expect.stringContaining(`<bt:Url id="${long}">: resource id "${long}" is longer than 32`),
    ]);
  });
});

describe("checkUrls", () => {
  test("names the element with a URL outside the base", () => {
    const problems = checkUrls(
      broken(`${BASE}taskpane.html`, "https://other.example.dk/taskpane.html"),
      BASE,
    );
    expect(problems).toEqual([
      `${at('<bt:Url id="Taskpane.Url"')} <bt:Url id="Taskpane.Url">: URL "https://other.example.dk/taskpane.html" is not under the base URL ${BASE}.`,
    ]);
  });

  test("names the element with a URL that is not https", () => {
    const problems = checkUrls(
      broken(`${BASE}assets/support.html`, "http://addin.example.dk/support.html"),
      BASE,
    );
    expect(problems).toEqual([
      `${at("<SupportUrl")} <SupportUrl>: URL "http://addin.example.dk/support.html" must use https.`,
    ]);
  });

  test("finds a development URL left in a production manifest", () => {
    const problems = checkUrls(broken(`${BASE}commands.html`, "https://localhost:3000/commands.html"), BASE);
    expect(problems).toEqual([
      expect.stringContaining('<bt:Url id="Commands.Url">: URL "https://localhost:3000/commands.html"'),
    ]);
  });

  test("does not mistake namespace names for URLs, and lets an AppDomain be another https site", () => {
    const withDomain = broken(
      "<Hosts>",
      "<AppDomains><AppDomain>https://login.example.dk</AppDomain></AppDomains><Hosts>",
    );
    expect(checkUrls(withDomain, BASE)).toEqual([]);
    const insecure = broken(
      "<Hosts>",
      "<AppDomains><AppDomain>http://login.example.dk</AppDomain></AppDomains><Hosts>",
    );
    expect(checkUrls(insecure, BASE)).toEqual([
      expect.stringContaining('<AppDomain>: URL "http://login.example.dk" must use https'),
    ]);
  });
});

describe("checkIcons", () => {
  test("names the element whose icon file is missing", () => {
    const { ["assets/icon-128.png"]: _missing, ...rest } = site;
    expect(checkIcons(SMALL_MANIFEST, BASE, readSite(rest))).toEqual([
      `${at("<HighResolutionIconUrl")} <HighResolutionIconUrl>: icon file assets/icon-128.png does not exist.`,
    ]);
  });

  test("names the command icon whose PNG has the wrong size", () => {
    const problems = checkIcons(
      SMALL_MANIFEST,
      BASE,
      readSite({ ...site, "assets/icon-16.png": png(32, 32) }),
    );
    expect(problems).toEqual([
      `${at('<bt:Image size="16"')} <bt:Image size="16" resid="Icon.16x16">: icon file assets/icon-16.png is 32×32 px; it must be 16×16 px.`,
    ]);
  });

  test("requires 64 px for IconUrl and 128 px for HighResolutionIconUrl", () => {
    const swapped = broken("assets/icon-64.png", "assets/icon-128.png");
    expect(checkIcons(swapped, BASE, readSite(site))).toEqual([
      `${at("<IconUrl")} <IconUrl>: icon file assets/icon-128.png is 128×128 px; it must be 64×64 px.`,
    ]);
  });

  test("names an icon that is not a PNG", () => {
    const problems = checkIcons(
      SMALL_MANIFEST,
      BASE,
      readSite({ ...site, "assets/icon-64.png": Buffer.from("GIF89a") }),
    );
    expect(problems).toEqual([
      `${at("<IconUrl")} <IconUrl>: icon file assets/icon-64.png is not a PNG image.`,
    ]);
  });

  test("reads the size from a PNG header", () => {
    expect(pngSize(png(80, 40))).toEqual({ width: 80, height: 40 });
    expect(pngSize(Buffer.alloc(30))).toBeUndefined();
  });
});

describe("checkVersion", () => {
  test.each(["1", "1.0", "1.0.0.0", "99999.0.12.3"])("accepts %s", (version) => {
    expect(checkVersion(broken("<Version>1.0.0.0</Version>", `<Version>${version}</Version>`))).toEqual([]);
  });

  test.each(["1.0.0.0.0", "1.000000", "v1.0", "1..0", ""])("names <Version> when it is %p", (version) => {
    const problems = checkVersion(broken("<Version>1.0.0.0</Version>", `<Version>${version}</Version>`));
    expect(problems).toEqual([
      `${at("<Version>")} <Version>: "${version}" is not a valid version: use one to four numbers of at most five digits separated by dots, e.g. 1.0.0.1.`,
    ]);
  });

  test("says where to add a missing Version", () => {
    expect(checkVersion(broken("<Version>1.0.0.0</Version>", ""))).toEqual([
      expect.stringContaining("<Version> is missing"),
    ]);
  });
});

describe("checkLocaleOverrides", () => {
  test("names the string resource without an English override", () => {
    const problems = checkLocaleOverrides(broken('<bt:Override Locale="en-US" Value="Opens the pane"/>', ""));
    expect(problems).toEqual([
      `${at('<bt:String id="Button.Tooltip"')} <bt:String id="Button.Tooltip">: "Åbner ruden" has no Override for en-US; every da-DK text needs one.`,
    ]);
  });

  test("names the display name when its override is for another language", () => {
    const problems = checkLocaleOverrides(
      broken('<Override Locale="en-US" Value="Kanalvagt"/>', '<Override Locale="sv-SE" Value="Kanalvagt"/>'),
    );
    expect(problems).toEqual([
      expect.stringContaining(`${at("<DisplayName")} <DisplayName>: "Kanalvagt" has no Override for en-US`),
    ]);
  });

  test("names a default locale that is neither Danish nor English", () => {
    const problems = checkLocaleOverrides(
      broken("<DefaultLocale>da-DK</DefaultLocale>", "<DefaultLocale>de-DE</DefaultLocale>"),
    );
    expect(problems).toEqual([
      expect.stringContaining(
        `${at("<DefaultLocale")} <DefaultLocale>: the default locale must be one of da-DK, en-US`,
      ),
    ]);
  });
});
