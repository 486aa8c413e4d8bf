import { main } from './cli.js';
import { fdWriter, isTerminal } from './std-output.js';

// A closed pipe (`jobs-report budget | head`) is not an error; a closed stderr loses only its messages.
const stdoutClosed = (): never => process.exit(0);
const stdoutStream = (): NodeJS.WritableStream => process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? stdoutClosed() : undefined));
const stderrStream = (): NodeJS.WritableStream => process.stderr.on('error', () => undefined);

void main(process.argv.slice(2), {
  stdout: fdWriter(1, stdoutStream, stdoutClosed),
  stderr: fdWriter(2, stderrStream, () => undefined),
  stdoutIsTty: isTerminal(1),
  // Asked only on a terminal, when a table or the help is to fit it: process.stdout is a tty stream then.
  columns: () => process.stdout.columns,
  stdin: () => process.stdin,
  stderrIsTty: isTerminal(2),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
