// checkLaunchEvents on a small manifest with the send guard's runtime, broken in one place at a time.
import { checkLaunchEvents } from "../../../scripts/lib/manifest-checks.cjs";

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="MailApp">
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
    <Hosts><Host xsi:type="MailHost">
      <Runtimes>
        <Runtime resid="SendGuard.Url">
          <Override type="javascript" resid="SendGuardJs.Url"/>
        </Runtime>
      </Runtimes>
      <DesktopFormFactor>
        <ExtensionPoint xsi:type="LaunchEvent">
          <LaunchEvents>
            <LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"/>
          </LaunchEvents>
          <SourceLocation resid="SendGuard.Url"/>
        </ExtensionPoint>
      </DesktopFormFactor>
    </Host></Hosts>
  </VersionOverrides>
</OfficeApp>
`;

/** The line of MANIFEST that holds `snippet`. */
function lineOf(snippet: string): number {
  return MANIFEST.slice(0, MANIFEST.indexOf(snippet)).split("\n").length;
}

function broken(find: string, replacement: string): string {
  expect(MANIFEST).toContain(find);
  return MANIFEST.replace(find, replacement);
}

test("the send guard's runtime and launch event pass", () => {
  expect(checkLaunchEvents(MANIFEST)).toEqual([]);
});

test("names a LaunchEvent whose SourceLocation is not a declared runtime", () => {
  const problems = checkLaunchEvents(
    broken('<SourceLocation resid="SendGuard.Url"/>', '<SourceLocation resid="Commands.Url"/>'),
  );
  expect(problems).toEqual([
    expect.stringContaining(`line ${lineOf("<SourceLocation")} <SourceLocation resid="Commands.Url">:`),
  ]);
  expect(problems[0]).toContain("names no <Runtime");
});

test("names a runtime without the JavaScript file classic Outlook needs", () => {
  const problems = checkLaunchEvents(broken('<Override type="javascript" resid="SendGuardJs.Url"/>', ""));
  expect(problems).toEqual([
    expect.stringContaining(`line ${lineOf("<Runtime ")} <Runtime resid="SendGuard.Url">: has no <Override`),
  ]);
});

test("allows one OnMessageSend only", () => {
  const twice = broken(
    "</LaunchEvents>",
    '<LaunchEvent Type="OnMessageSend" FunctionName="another"/></LaunchEvents>',
  );
  expect(checkLaunchEvents(twice)).toEqual([expect.stringContaining("OnMessageSend is declared 2 times")]);
});
