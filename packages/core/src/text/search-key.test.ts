import { describe, expect, it } from "vitest";
import { matchesQuery, searchKey, searchTokens, userSearchKey } from "./search-key";

describe("searchKey", () => {
  it.each([
    ["Tài nguyên nước, Đắk Lắk", "tai nguyen nuoc, dak lak"],
    ["  Sở   Tài nguyên\tvà\nMôi trường  ", "so tai nguyen va moi truong"],
    ["ĐỒNG BỘ", "dong bo"],
    // Stacked diacritics: a vowel mark plus a tone mark on one letter.
    ["Đặng", "dang"],
    ["Lẫn lộn", "lan lon"],
    ["những", "nhung"],
    ["ặ ẫ ữ Ặ Ẫ Ữ ờ ộ ẹ ỷ", "a a u a a u o o e y"],
    ["Kế hoạch số 182/KH-UBND", "ke hoach so 182/kh-ubnd"],
    ["", ""],
    ["   ", ""],
  ])("%j -> %j", (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it("gives the same key for NFC and NFD input", () => {
    const word = "Nước biển dâng ở Đồng bằng sông Cửu Long";
    const nfc = word.normalize("NFC");
    const nfd = word.normalize("NFD");
    expect(nfc).not.toBe(nfd);
    expect(searchKey(nfd)).toBe(searchKey(nfc));
    expect(searchKey(nfd)).toBe("nuoc bien dang o dong bang song cuu long");
  });

  it("leaves non-space punctuation and digits alone", () => {
    expect(searchKey("II.4.a (đ)")).toBe("ii.4.a (d)");
  });
});

describe("userSearchKey", () => {
  it("folds the name and keeps the whole address", () => {
    expect(userSearchKey({ name: "Nguyễn  Văn Đức", email: "Duc.NV@KienGiang.gov.vn" })).toBe(
      "nguyen van duc duc.nv@kiengiang.gov.vn",
    );
  });
});

describe("searchTokens", () => {
  it.each([
    ["tài  nguyên", ["tai", "nguyen"]],
    ["", []],
    ["  ", []],
  ])("%j -> %j", (query, tokens) => {
    expect(searchTokens(query)).toEqual(tokens);
  });
});

describe("matchesQuery", () => {
  const text = "Tài nguyên nước, Đắk Lắk; Đề án phát triển đô thị";
  it.each([
    ["tai nguyen nuoc", true],
    ["TÀI NGUYÊN", true],
    ["nuoc tai", true], // token order does not matter
    ["dak", true], // "d" finds "đ"
    ["đắk", true],
    ["de an", true],
    ["do thi", true],
    ["nguyên liệu", false], // every token must match
    ["khoang san", false],
    ["", true],
    ["   ", true],
    ["nuo", true], // prefix of a word, as people type
  ])("%j -> %s", (query, expected) => {
    expect(matchesQuery(text, query)).toBe(expected);
  });

  it("matches NFD text with an NFC query and the reverse", () => {
    expect(matchesQuery("Hướng dẫn".normalize("NFD"), "hướng".normalize("NFC"))).toBe(true);
    expect(matchesQuery("Hướng dẫn".normalize("NFC"), "dẫn".normalize("NFD"))).toBe(true);
  });
});
