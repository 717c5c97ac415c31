/** Parsed `adstudio <command> [--flag value | --flag=value | --switch]…`. */
export interface ParsedArguments {
  command: string | undefined;
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Flags that never take a value, so `--json extra` keeps `extra` as a positional. */
const switches = new Set(['json', 'help']);

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    if (equals > 0) {
      flags.set(arg.slice(2, equals), arg.slice(equals + 1));
      continue;
    }
    const next = argv[i + 1];
    if (!switches.has(arg.slice(2)) && next !== undefined && !next.startsWith('--')) {
      flags.set(arg.slice(2), next);
      i += 1;
    } else {
      flags.set(arg.slice(2), true);
    }
  }
  return { command: positionals.shift(), positionals, flags };
}
