// Compiles the WebAssembly module (AssemblyScript in wasm/) to dist/: csv-scan.wasm, the CSV tokenizer.
// Run by scripts/build.mjs (which the tests run first when
// an output is older than its sources: test/global-setup.ts).
import asc from 'assemblyscript/asc';
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WASM_MODULES = ['csv-scan'];

const source = (name) => fileURLToPath(new URL(`../wasm/${name}.ts`, import.meta.url));
const output = (name) => fileURLToPath(new URL(`../dist/${name}.wasm`, import.meta.url));

/** Compiles every module. */
export async function buildWasm() {
  mkdirSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true });
  for (const name of WASM_MODULES) {
    // No managed objects (stub runtime), no assertions: a module only reads and writes its own memory.
    // Written aside, then renamed: a reader (a run during the build) never sees half a module.
    const tmp = `${output(name)}.${process.pid}.tmp`;
    const { error, stderr } = await asc.main([source(name), '-O3', '--runtime', 'stub', '--noAssert', '--outFile', tmp]);
    if (error) throw new Error(`build: wasm/${name}.ts did not compile:\n${stderr.toString()}`);
    renameSync(tmp, output(name));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWasm();
