/**
 * Whether requirement-set `version` is at least `wanted`. "1.13" is newer than "1.8": versions compare part by part,
 * not as decimals. Used by the stand-ins that play Outlook's isSetSupported.
 */
export function isVersionAtLeast(version: string, wanted: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [wantedMajor = 0, wantedMinor = 0] = wanted.split(".").map(Number);
  return major !== wantedMajor ? major > wantedMajor : minor >= wantedMinor;
}
