import {
  addinCustomPropertiesId,
  expandProperties,
  samePropertyId,
  TRIAGE_RECORD_PROPERTY,
} from "../../../src/graph/properties";

describe("extended property ids", () => {
  it("names the add-in's custom properties as [MS-OXCEXT] says: lower case, no braces, no urn:uuid", () => {
    const expected =
      "String {00020329-0000-0000-C000-000000000046} Name cecp-5b1e4f7a-6c2d-4a1b-9e3f-0d8c7b6a5e41";
    expect(addinCustomPropertiesId("{5B1E4F7A-6C2D-4A1B-9E3F-0D8C7B6A5E41}")).toBe(expected);
    expect(addinCustomPropertiesId("urn:uuid:5B1E4F7A-6C2D-4A1B-9E3F-0D8C7B6A5E41")).toBe(expected);
  });

  it("matches ids however Graph spells them back, except the case of a name", () => {
    expect(samePropertyId("String 0x001A", "String 0x1a")).toBe(true);
    expect(samePropertyId("integer 0x1081", "Integer 0x1081")).toBe(true);
    expect(
      samePropertyId(TRIAGE_RECORD_PROPERTY, TRIAGE_RECORD_PROPERTY.replace("String {8e4e", "string {8E4E")),
    ).toBe(true);
    expect(
      samePropertyId(TRIAGE_RECORD_PROPERTY, TRIAGE_RECORD_PROPERTY.replace("kanalvagt", "Kanalvagt")),
    ).toBe(false);
  });

  it("expands several properties with one filter, quoting quotes", () => {
    expect(expandProperties(["Integer 0x1081", "String {x} Name o'k"])).toBe(
      "singleValueExtendedProperties($filter=id eq 'Integer 0x1081' or id eq 'String {x} Name o''k')",
    );
  });
});
