import { buildWasm } from '../scripts/build-wasm.mjs';

/** The tests run the WebAssembly modules in dist/: build those missing or older than their source. */
export default async function setup(): Promise<void> {
  await buildWasm(true);
}
