import { existsSync, statSync } from 'node:fs';
import { buildWasm, WASM_OUTPUT, WASM_SOURCE } from '../scripts/build-wasm.mjs';

/** The tests read CSV through dist/csv-scan.wasm: build it when it is missing or older than its source. */
export default async function setup(): Promise<void> {
  if (!existsSync(WASM_OUTPUT) || statSync(WASM_OUTPUT).mtimeMs < statSync(WASM_SOURCE).mtimeMs) await buildWasm();
}
