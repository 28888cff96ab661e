import nodemailer, { type Transporter } from "nodemailer";

export interface SmtpConfig {
  /** nodemailer transport options or an smtp(s):// URL. */
  transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  from: string;
}

/**
 * SMTP settings from the environment: SMTP_URL (smtp://user:pass@host:587), or SMTP_HOST with SMTP_PORT,
 * SMTP_USER, SMTP_PASS, SMTP_SECURE; SMTP_FROM is the sender. Null when none is set: mail stays in the
 * outbox for the admin to read.
 */
export function smtpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const from = env.SMTP_FROM?.trim() || "Theo dõi kế hoạch <no-reply@localhost>";
  if (env.SMTP_URL?.trim()) return { transport: env.SMTP_URL.trim(), from };
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const port = Number(env.SMTP_PORT ?? 587);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`SMTP_PORT is not a port: ${env.SMTP_PORT}`);
  const user = env.SMTP_USER?.trim();
  return {
    transport: {
      host,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === "true" : port === 465,
      ...(user ? { auth: { user, pass: env.SMTP_PASS ?? "" } } : {}),
    },
    from,
  };
}

export interface Mailer {
  from: string;
  send(mail: { to: string; subject: string; text: string; html: string }): Promise<void>;
  close(): void;
}

export function createMailer(config: SmtpConfig): Mailer {
  const transporter: Transporter = nodemailer.createTransport(config.transport);
  return {
    from: config.from,
    send: async (mail) => {
      await transporter.sendMail({ from: config.from, ...mail });
    },
    close: () => transporter.close(),
  };
}
