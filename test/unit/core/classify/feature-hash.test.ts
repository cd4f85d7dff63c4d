import fc from "fast-check";
import { decodeBase64 } from "../../../../src/core/classify/base64";
import {
  bucketOf,
  bucketOfJoined,
  FEATURE_BUCKETS,
  subwordBuckets,
} from "../../../../src/core/classify/feature-hash";

describe("the model's weights in base64", () => {
  it("decode to the bytes that were encoded", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(Array.from(decodeBase64(Buffer.from(bytes).toString("base64")))).toEqual(Array.from(bytes));
      }),
    );
  });

  it("refuse text that is not base64", () => {
    expect(() => decodeBase64("AAA#")).toThrow(/Not base64/);
  });
});

describe("hashed features", () => {
  it("land in the fixed buckets, the same on every run", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const bucket = bucketOf(name);
        expect(bucket).toBeGreaterThanOrEqual(0);
        expect(bucket).toBeLessThan(FEATURE_BUCKETS);
        expect(bucketOf(name)).toBe(bucket);
      }),
    );
  });

  // The shipped model was trained on buckets of the joined strings: hashing the parts must land in the same bucket.
  it("of joined parts land where the joined string does", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (first, second, third) => {
        expect(bucketOfJoined(first, second, third)).toBe(bucketOf(first + second + third));
        expect(bucketOfJoined(first, second)).toBe(bucketOf(first + second));
      }),
    );
  });

  it("give an unseen inflection most of its word's subwords", () => {
    const known = new Set(subwordBuckets("boligstoette"));
    const unseen = subwordBuckets("boligstoettens");
    const shared = Array.from(unseen).filter((b) => known.has(b)).length;
    expect(shared / unseen.length).toBeGreaterThan(0.7);
    const other = Array.from(subwordBuckets("affaldsbeholder")).filter((b) => known.has(b)).length;
    expect(other).toBeLessThan(shared / 4);
  });
});
