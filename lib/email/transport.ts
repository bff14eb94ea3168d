// Sending one message through the configured SMTP server (nodemailer), plain text in UTF-8.
import "server-only";
import nodemailer from "nodemailer";

export async function sendMail(config: { smtpUrl: string; from: string }, message: { to: string; subject: string; text: string }): Promise<void> {
  const transport = nodemailer.createTransport(config.smtpUrl);
  try {
    await transport.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text });
  } finally {
    transport.close();
  }
}
