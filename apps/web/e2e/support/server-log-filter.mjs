// Passes the web server's output through, minus Auth.js's stack trace for each refused sign-in
// ("[auth][error] CredentialsSignin" and its "at …" lines): the suite refuses ~35 sign-ins on purpose.
// Every other line, errors included, is kept.
import { createInterface } from "node:readline";
import { stripVTControlCharacters } from "node:util";

let skipping = false;
for await (const line of createInterface({ input: process.stdin })) {
  // Colour codes (Playwright sets FORCE_COLOR) are ignored when matching.
  const plain = stripVTControlCharacters(line);
  if (plain.includes("[auth][error] CredentialsSignin")) {
    skipping = true;
    continue;
  }
  if (skipping && /^\s+at /.test(plain)) continue;
  skipping = false;
  process.stdout.write(`${line}\n`);
}
