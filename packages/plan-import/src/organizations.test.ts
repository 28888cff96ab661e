import { organizations } from "@plan-tracker/prisma/data/organizations";
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { readGenericGroup } from "./generic-units";
import { matchOrganization, organizationKey } from "./organizations";

const code = (name: string) => matchOrganization(name, organizations).code;

describe("matchOrganization", () => {
  it.each([
    ["Sở Tài nguyên và Môi trường", "STNMT", "name"],
    ["Sở TN&MT", "STNMT", "alias"],
    ["Sở TNMT", "STNMT", "alias"],
    ["Sở TN và MT", "STNMT", "alias"],
    ["STNMT", "STNMT", "alias"],
    ["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "STNMT", "name"],
    ["so tai nguyen va moi truong", "STNMT", "name"],
    ["Sở NN&PTNT", "SNNPTNT", "alias"],
    ["Sở KH&ĐT", "SKHDT", "alias"],
    ["Sở KH & ĐT", "SKHDT", "abbreviation"],
    ["Sở TN & MT", "STNMT", "abbreviation"],
    ["Sở GTVT", "SGTVT", "alias"],
    ["Sở TT&TT", "STTTT", "alias"],
    ["Sở Công thương", "SCT", "name"],
    ["BCH Quân sự tỉnh", "BCHQS", "alias"],
    ["BCH quân sự tỉnh Kiên Giang", "BCHQS", "abbreviation"],
    ["Bộ CHQS tỉnh Kiên Giang", "BCHQS", "abbreviation"],
    ["Bộ CHQS tỉnh", "BCHQS", "alias"],
    ["Uỷ ban nhân dân tỉnh Kiên Giang", "UBND-KG", "name"],
    ["UBND TP. Rạch Giá", "UBND-RACHGIA", "alias"],
    ["Sở Tài nguyên và Môi trường tỉnh Kiên Giang", "STNMT", "alias"],
    ["Sở Xây dựng tỉnh Kiên Giang", "SXD", "province"],
  ])("%s → %s (%s)", (name, expected, via) => {
    expect(matchOrganization(name, organizations)).toMatchObject({ code: expected, via });
  });

  it("proposes a new organization instead of forcing a near match", () => {
    expect(code("Sở Nông nghiệp và Môi trường")).toBeNull();
    expect(code("Ủy ban nhân dân tỉnh Lào Cai")).toBeNull();
    expect(code("Bộ Tài chính")).toBeNull();
    expect(matchOrganization("Sở Nội vụ", organizations)).toMatchObject({
      proposed: { name: "Sở Nội vụ", kind: "DEPARTMENT" },
      via: "known",
    });
    expect(matchOrganization("Chi cục Kiểm lâm", organizations)).toMatchObject({
      proposed: { kind: "OTHER" },
      via: "pattern",
    });
  });

  it("folds accents and expands abbreviations in the key", () => {
    expect(organizationKey("UBND các huyện, TP")).toBe("uy ban nhan dan cac huyen thanh pho");
    expect(organizationKey("SKHĐT")).toBe("so ke hoach va dau tu");
  });
});

describe("readGenericGroup", () => {
  const group = (text: string, bare = false) => {
    const g = readGenericGroup(fold(text), 0, bare);
    return g && { phrase: text.slice(g.start, g.end), scope: g.scope };
  };

  it.each([
    ["các sở, ngành và địa phương: x", "các sở, ngành và địa phương", "DEPARTMENTS_AND_DISTRICTS"],
    ["các Sở ngành, địa phương:", "các Sở ngành, địa phương", "DEPARTMENTS_AND_DISTRICTS"],
    ["các sở, ban ngành, Ủy ban nhân dân", "các sở, ban ngành", "DEPARTMENTS"],
    [
      "Ủy ban nhân dân các huyện, thành phố và các đơn vị",
      "Ủy ban nhân dân các huyện, thành phố",
      "DISTRICTS",
    ],
    ["các đơn vị có liên quan tham mưu", "các đơn vị có liên quan", "RELATED_UNITS"],
    ["Thủ trưởng các sở, ngành tỉnh; Chủ tịch", "Thủ trưởng các sở, ngành tỉnh", "DEPARTMENTS"],
    [
      "các cấp, ngành, lực lượng, địa phương trong",
      "các cấp, ngành, lực lượng, địa phương",
      "DEPARTMENTS_AND_DISTRICTS",
    ],
    ["UBND cấp xã, phường", "UBND cấp xã, phường", "DISTRICTS"],
  ])("%s", (text, phrase, scope) => {
    expect(group(text)).toEqual({ phrase, scope });
  });

  it("reads a group without 'các' only where a list of units is expected, and not a verb", () => {
    expect(group("sở, ngành liên quan bố trí", true)).toEqual({
      phrase: "sở, ngành liên quan",
      scope: "DEPARTMENTS",
    });
    expect(group("sở, ngành liên quan bố trí")).toBeNull();
    expect(group("ban hành quy chế", true)).toBeNull();
    expect(group("quản lý nhà nước", true)).toBeNull();
    expect(group("Ủy ban nhân dân tỉnh xem xét")).toBeNull();
    expect(group("các nhiệm vụ")).toBeNull();
  });
});
