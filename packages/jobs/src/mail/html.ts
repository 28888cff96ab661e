/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The base every emailed link starts from (APP_URL, default the local quick start). */
export function appUrl(): string {
  return (process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** An absolute link for an email: paths inside the app are joined to APP_URL; absolute http(s) URLs pass. */
export function absoluteLink(link: string): string {
  if (/^https?:\/\//i.test(link)) return link;
  return `${appUrl()}${link.startsWith("/") ? "" : "/"}${link}`;
}

export interface EmailParts {
  subject: string;
  text: string;
  html: string;
}

/**
 * The one HTML frame every template uses: paragraphs (already plain text) and one button-like link.
 * Everything interpolated is escaped here, so templates pass plain strings.
 */
export function renderEmail(input: {
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  link: { href: string; label: string };
  footer: string;
}): EmailParts {
  const href = absoluteLink(input.link.href);
  const text = [
    input.greeting,
    "",
    ...input.paragraphs.flatMap((p) => [p, ""]),
    `${input.link.label}: ${href}`,
    "",
    "--",
    input.footer,
  ].join("\n");
  const html = [
    "<!doctype html>",
    '<html lang="vi"><head><meta charset="utf-8">',
    `<title>${escapeHtml(input.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2937">',
    `<p>${escapeHtml(input.greeting)}</p>`,
    ...input.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(href)}" style="color:#1d4ed8">${escapeHtml(input.link.label)}</a></p>`,
    `<p style="color:#6b7280;font-size:13px">${escapeHtml(input.footer)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: input.subject, text, html };
}
