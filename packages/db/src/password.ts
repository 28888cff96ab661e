import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes): slow enough to resist guessing, fast enough for sign-in.
const options = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, unusable with verbatimModuleSyntax */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so both answers take the same time. */
export const decoyPasswordHash =
  "$argon2id$v=19$m=19456,t=2,p=1$vB1gXeXIS536XEgF6O70kQ$EtNoKCJy4fRDgiIo8BvUuCUqpjbTCiz+ccNrTrulOEQ";
