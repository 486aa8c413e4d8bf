import { randomBytes } from 'node:crypto';
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class OutputError extends Error {
  constructor(
    readonly kind: 'exists' | 'failed',
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Writes a file so that nothing is lost: the bytes go to a temporary file in the same folder, which then
 * takes the target's name. Without `force` an existing file is refused (link fails atomically if the
 * name is taken); with it the rename replaces the file in one step. On any failure the temporary file
 * is removed and an existing target keeps its bytes.
 */
export async function writeOutput(path: string, data: string | Uint8Array, force: boolean): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new OutputError('failed', path, errnoText(e));
  }
  try {
    if (force) {
      await rename(tmp, path);
    } else {
      await link(tmp, path);
      await unlink(tmp);
    }
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new OutputError('exists', path, 'exists');
    throw new OutputError('failed', path, errnoText(e));
  }
}

function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: '폴더가 없습니다',
    EISDIR: '폴더입니다',
    EACCES: '권한이 없습니다',
    EPERM: '권한이 없습니다',
    ENOSPC: '디스크 공간이 부족합니다',
    EROFS: '읽기 전용입니다',
    EFBIG: '파일이 너무 큽니다',
  };
  return (err.code && known[err.code]) ?? err.code ?? err.message;
}
