// Email outbox and templates (safe to import from the web app: no pg-boss here).

export { accountInviteEmail, type PasswordLinkInput, passwordResetEmail } from "./mail/account-templates";
export { absoluteLink, appUrl, type EmailParts, escapeHtml } from "./mail/html";
export { type EmailInput, enqueueEmail, type OutboxWriter } from "./mail/outbox";
export { type AgencyReminderInput, agencyReminderEmail } from "./mail/templates";
