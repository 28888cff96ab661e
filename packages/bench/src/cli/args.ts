/** `--name value` or `--name=value` from argv, or undefined. */
export function option(args: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === flag) return args[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

export function scaleOption(args: readonly string[]): number {
  const raw = option(args, "scale") ?? "1";
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4)
    throw new Error(`--scale must be a number in (0, 4], got "${raw}"`);
  return scale;
}
