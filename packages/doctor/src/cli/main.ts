import { checkPages } from '../check-pages';
import { formatText } from '../report/format-text';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** The command, minus process handling: returns the exit code. */
export async function main(argv: readonly string[], output: Output): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`flocktory-doctor: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    output.out(`${USAGE}\n`);
    return 0;
  }
  const report = await checkPages(args.targets, args.options);
  output.out(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
  return report.exitCode;
}
