import { describe, expect, it } from "vitest";
import { createRandom } from "../../tests/support/random.ts";
import { decodeBase64Url } from "./decodeBase64Url.ts";
import { encodeBase64Url } from "./encodeBase64Url.ts";
import { ShareLinkError } from "./ShareLinkError.ts";

describe("base64url", () => {
  it("matches Node's encoder and reads back random bytes of every length", () => {
    const random = createRandom(42);
    for (let length = 0; length < 300; length++) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const text = encodeBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(decodeBase64Url(text)).toEqual(bytes);
    }
  });

  it("accepts = padding", () => {
    expect(decodeBase64Url("YQ==")).toEqual(Uint8Array.of(0x61));
    expect(decodeBase64Url("YWI=")).toEqual(Uint8Array.of(0x61, 0x62));
  });

  it.each(["a", "abcde", "ab+c", "ab/c", "a b", "ab=c", "🙂🙂"])("refuses %j", (text) => {
    expect(() => decodeBase64Url(text)).toThrow(ShareLinkError);
  });
});
