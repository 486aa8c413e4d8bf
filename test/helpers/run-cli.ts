import { main } from '../../src/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process as a user would type it, capturing stdout, stderr and the exit code. */
export async function runCli(args: string[], opts: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTty: opts.tty ?? false,
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}
