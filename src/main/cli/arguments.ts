/** Parsed `adstudio <command> [--flag value | --flag=value | --switch]…`. */
export interface ParsedArguments {
  command: string | undefined;
  positionals: string[];
  /** The last value of each flag, or true for a switch. */
  flags: Map<string, string | true>;
  /** Every value of a flag given more than once (`--photo a.jpg --photo b.jpg`). */
  lists: Map<string, string[]>;
}

/** Flags that never take a value, so `--json extra` keeps `extra` as a positional. */
const switches = new Set(['json', 'help']);

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const set = (name: string, value: string): void => {
    flags.set(name, value);
    lists.set(name, [...(lists.get(name) ?? []), value]);
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    if (equals > 0) {
      set(arg.slice(2, equals), arg.slice(equals + 1));
      continue;
    }
    const next = argv[i + 1];
    if (!switches.has(arg.slice(2)) && next !== undefined && !next.startsWith('--')) {
      set(arg.slice(2), next);
      i += 1;
    } else {
      flags.set(arg.slice(2), true);
    }
  }
  return { command: positionals.shift(), positionals, flags, lists };
}
