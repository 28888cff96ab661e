import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Alert } from "./alert";
import { display, isoOf } from "./date-text";
import { CheckboxField, Field, SelectField, TextareaField } from "./field";

describe("DateField's text", () => {
  it("shows an ISO day as dd/mm/yyyy, and nothing for none", () => {
    expect(display("2026-12-05")).toBe("05/12/2026");
    expect(display("2020-11-27")).toBe("27/11/2020");
    expect(display(null)).toBe("");
    expect(display(undefined)).toBe("");
  });

  it("reads days typed the Vietnamese way, and ISO days, as the ISO day the form posts", () => {
    expect(isoOf("05/12/2026")).toBe("2026-12-05");
    expect(isoOf("5/12/2026")).toBe("2026-12-05");
    expect(isoOf(" 27.11.2020 ")).toBe("2020-11-27");
    expect(isoOf("11-6-2020")).toBe("2020-06-11");
    expect(isoOf("2026-04-02")).toBe("2026-04-02");
  });

  it("tells an empty field (null) from text that is not a day (undefined)", () => {
    expect(isoOf("")).toBeNull();
    expect(isoOf("   ")).toBeNull();
    expect(isoOf("31/02/2026")).toBeUndefined();
    expect(isoOf("12/2026")).toBeUndefined();
    expect(isoOf("05/12/26")).toBeUndefined();
  });
});

describe("field components", () => {
  it("label the control and describe it by its hint and its error", () => {
    const html = renderToStaticMarkup(
      h(Field, { id: "email", name: "email", label: "Email", hint: "Công vụ", error: "Sai định dạng" }),
    );
    expect(html).toContain('<label for="email"');
    expect(html).toContain('aria-describedby="email-help email-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('id="email-help"');
    expect(html).toContain('id="email-error"');
  });

  it("keep a description given by the caller before their own", () => {
    const html = renderToStaticMarkup(
      h(TextareaField, { id: "t", label: "Nội dung", "aria-describedby": "outside", error: "Bắt buộc" }),
    );
    expect(html).toContain('aria-describedby="outside t-error"');
  });

  it("say nothing extra for a valid control", () => {
    const html = renderToStaticMarkup(h(SelectField, { id: "s", label: "Năm" }, h("option", null, "2026")));
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain("aria-invalid=");
  });

  it("announce an error as it appears only when asked", () => {
    expect(
      renderToStaticMarkup(h(TextareaField, { id: "a", label: "A", error: "x", announceError: true })),
    ).toContain('role="alert"');
    expect(renderToStaticMarkup(h(TextareaField, { id: "a", label: "A", error: "x" }))).not.toContain(
      "role=",
    );
  });

  it("put a checkbox inside its label, so the label names it", () => {
    const html = renderToStaticMarkup(h(CheckboxField, { name: "c", label: "Nhận email" }));
    expect(html).toMatch(/^<label[^>]*><input type="checkbox"[^>]*name="c"/);
    expect(html).toContain("Nhận email");
  });
});

describe("Alert", () => {
  it("is an alert for errors and warnings, a status for success and information", () => {
    expect(renderToStaticMarkup(h(Alert, null, "x"))).toContain('role="alert"');
    expect(renderToStaticMarkup(h(Alert, { variant: "warning" }, "x"))).toContain('role="alert"');
    expect(renderToStaticMarkup(h(Alert, { variant: "success" }, "x"))).toContain('role="status"');
    expect(renderToStaticMarkup(h(Alert, { variant: "info" }, "x"))).toContain('role="status"');
    expect(renderToStaticMarkup(h(Alert, { variant: "warning", role: "status" }, "x"))).toContain(
      'role="status"',
    );
  });
});
