import { main } from '../../src/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  /** stdout's bytes as written (a CP949 CSV is not UTF-8). */
  stdoutBytes: Buffer;
  stderr: string;
}

/** Runs the CLI in-process as a user would type it, capturing stdout, stderr and the exit code. */
export async function runCli(args: string[], opts: { tty?: boolean; env?: NodeJS.ProcessEnv; stdin?: Buffer; columns?: number } = {}): Promise<CliRun> {
  // Bytes as the terminal gets them: chunks of UTF-8 may split a character, so they are joined first.
  const out: Buffer[] = [];
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => out.push(typeof t === 'string' ? Buffer.from(t, 'utf8') : Buffer.from(t)),
    stderr: (t) => (stderr += t),
    stdoutIsTty: opts.tty ?? false,
    env: opts.env ?? {},
    ...(opts.stdin ? { stdin: async function* () { yield opts.stdin!; } } : {}),
    ...(opts.columns ? { columns: () => opts.columns } : {}),
  });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}
