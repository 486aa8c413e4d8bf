import { main } from './cli.js';

// A closed pipe (`jobs-report budget | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: !!process.stdout.isTTY,
  stderrIsTty: !!process.stderr.isTTY,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
