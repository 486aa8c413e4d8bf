import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/**
 * An instance of one of the WebAssembly modules that `npm run build` compiles from wasm/ into dist/ (the
 * CSV tokenizer, the budget JSON rows). Compiling a module of a few KB takes about a millisecond.
 */
export function wasmInstance(name: 'csv-scan' | 'budget-json'): WebAssembly.Exports {
  const bytes = readFileSync(join(packageRoot(), 'dist', `${name}.wasm`)) as Uint8Array<ArrayBuffer>;
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
}

/** The value of each named global a module exports (its layout and constants). */
export function wasmConstants<K extends string>(exports: WebAssembly.Exports, names: readonly K[]): Record<K, number> {
  return Object.fromEntries(names.map((name) => [name, (exports[name] as WebAssembly.Global).value as number])) as Record<K, number>;
}

/** Grows `memory` to at least `bytes` (growing replaces its buffer: views of the old one are detached). */
export function growMemory(memory: WebAssembly.Memory, bytes: number): void {
  const have = memory.buffer.byteLength;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / 65536));
}
