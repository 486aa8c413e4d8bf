import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WASM_MODULES } from '../scripts/build-wasm.mjs';
import { ROOT } from './helpers/paths.js';

/** What `npm run build` writes: the bundle bin/jobs-report.cjs runs, its code cache and the WebAssembly modules. */
const OUTPUTS = ['dist/jobs-report.cjs', 'dist/jobs-report.cjs.cache', ...WASM_MODULES.map((name) => `dist/${name}.wasm`)];
/** What those are made from: the sources, the build scripts, and the locked dependencies that are bundled. */
const INPUTS = ['src', 'wasm', 'scripts/build.mjs', 'scripts/build-wasm.mjs', 'scripts/import-meta-url.js', 'package-lock.json', 'tsconfig.json'];

/** The newest modification time of a file, or of any file under a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Builds once before the suite, as `npm run build` does, when an output is missing or older than an input:
 * the tests run dist/'s WebAssembly and bin.test.ts runs the bundle. Here rather than in a test's hook, whose
 * time limit a full build (AssemblyScript -O3, several seconds of CPU) can pass on a busy 2-core machine.
 */
export default function setup(): void {
  const oldestOutput = Math.min(...OUTPUTS.map((rel) => (existsSync(join(ROOT, rel)) ? statSync(join(ROOT, rel)).mtimeMs : 0)));
  if (oldestOutput >= Math.max(...INPUTS.map((rel) => newest(join(ROOT, rel))))) return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`the build before the tests failed (node scripts/build.mjs, exit ${build.status ?? build.signal})`);
}
