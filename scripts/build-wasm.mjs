// Compiles the CSV tokenizer (wasm/csv-scan.ts, AssemblyScript) to dist/csv-scan.wasm. Run by
// scripts/build.mjs, and before the tests when the source is newer than the module (test/global-setup.ts).
import asc from 'assemblyscript/asc';
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WASM_SOURCE = fileURLToPath(new URL('../wasm/csv-scan.ts', import.meta.url));
export const WASM_OUTPUT = fileURLToPath(new URL('../dist/csv-scan.wasm', import.meta.url));

export async function buildWasm() {
  mkdirSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true });
  // No managed objects (stub runtime), no assertions: the module only reads and writes its own memory.
  // Written aside, then renamed: a reader (a test running while another one builds) never sees half a module.
  const tmp = `${WASM_OUTPUT}.${process.pid}.tmp`;
  const { error, stderr } = await asc.main([WASM_SOURCE, '-O3', '--runtime', 'stub', '--noAssert', '--outFile', tmp]);
  if (error) throw new Error(`build: wasm/csv-scan.ts did not compile:\n${stderr.toString()}`);
  renameSync(tmp, WASM_OUTPUT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWasm();
