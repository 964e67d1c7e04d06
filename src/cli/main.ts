import { readFileSync, readSync } from "node:fs";
import { decodePatternBytes, PatternBytesError } from "../formats/index.ts";
import { quoteValue } from "../share/quoteValue.ts";
import { CliError } from "./CliError.ts";
import { MAX_BOUNDED_GENERATIONS } from "./cliLimits.ts";
import { createProgressReporter } from "./createProgressReporter.ts";
import { parseRunArgs } from "./parseRunArgs.ts";
import { runLife } from "./runLife.ts";
import { runWithRuleFile } from "./runWithRuleFile.ts";

const USAGE = `usage: life run [FILE | -] [--rule RULE | --rule-file RULE.js] [--size WxH] [--at Y,X] [--gens N]
                [--engine auto|hashlife|tiles|fast|coroutine] [--format rle|cells|stats|columns|mc]

Reads an RLE, Macrocell, Life 1.05/1.06 or plaintext (.cells) pattern, gzip-compressed or not, from FILE
or standard input, runs N
generations and prints the result. Without --size or a :T/:P suffix on the rule, the pattern
runs on the infinite plane and the output is its bounding box with a #CXRLE Pos=x,y Gen=n line.
  --rule    rulestring such as B3/S23, 23/3 or B36/S23:T64,64 (default: the file's, else B3/S23)
  --rule-file  a rule written in JavaScript: gameLogic(state, neighbors) or a cell coroutine
            function* cell(y, x); checked and compiled in a locked-down worker thread. One that
            compiles runs as the rule it is; one that does not runs on the interpreter in that
            thread, on a bounded grid (--size), each step stopped after 0.7 s without progress
  --size    a bounded grid (a torus unless the rule's suffix says :P); default: the rule's
            :T/:P suffix, else the infinite plane
  --at      where the pattern's top-left cell goes, as row,column (default 0,0)
  --gens    generations to run (default 0; at most 2^60 on the infinite plane, ${MAX_BOUNDED_GENERATIONS}
            on a bounded grid); a run longer than 2 s prints "life: generation N of M" on stderr
            every 2 s
  --engine  auto (default): hashlife on the infinite plane, fast on a bounded grid;
            hashlife (infinite plane), tiles (infinite plane, for chaotic patterns),
            fast (bounded: the bit-parallel kernel compiled from the cell coroutine),
            coroutine (either: the cell-coroutine interpreter)
  --format  rle (default), cells, stats (one JSON line; counts past 2^53 as exact decimal
            strings), columns (generations side by side, at most 4096 characters a line
            and 4096 lines) or mc (Macrocell; the infinite plane only)
Exit codes: 0 success, 2 bad input or usage.
`;

/** The `life` command line. Returns the exit code; never lets a stack trace reach the user. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command !== "run") {
      throw new CliError(`unknown command ${quoteValue(command)} (try "life help")`);
    }
    const args = parseRunArgs(rest);
    const input = await decodeInput(readInput(args.file), args.file);
    const startProgress = (cells: number) =>
      createProgressReporter({
        total: args.generations,
        cells,
        write: (text) => process.stderr.write(text),
        now: () => performance.now(),
      });
    process.stdout.write(
      args.ruleFile === undefined
        ? runLife(args, input, args.file, startProgress)
        : runWithRuleFile(args, args.ruleFile, input, startProgress),
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const known = error instanceof CliError;
    process.stderr.write(`life: ${known ? message : `internal error: ${message}`}\n`);
    return known ? 2 : 1;
  }
}

/** The input as text: gzip-compressed bytes (a `.rle.gz`, say) are inflated first. */
async function decodeInput(bytes: Uint8Array, file: string): Promise<string> {
  try {
    return await decodePatternBytes(bytes);
  } catch (error) {
    if (error instanceof PatternBytesError) {
      throw new CliError(`${file === "-" ? "stdin" : file}: ${error.message}`);
    }
    throw error;
  }
}

function readInput(file: string): Uint8Array {
  if (file === "-") {
    if (process.stdin.isTTY) throw new CliError("no pattern: give a FILE or pipe one into stdin");
    return readStdin();
  }
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : code;
    throw new CliError(`cannot read ${quoteValue(file)}: ${reason ?? "unreadable"}`);
  }
}

/**
 * All of standard input. readFileSync(0) throws EAGAIN when the shell or a parent process left
 * stdin non-blocking and no data has come yet; wait a little and read again instead.
 */
function readStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(1 << 16);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let read: number;
    try {
      read = readSync(0, chunk);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw new CliError(`cannot read stdin: ${code ?? "unreadable"}`);
    }
    if (read === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return Buffer.concat(chunks);
}
