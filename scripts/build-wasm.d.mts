export const WASM_MODULES: string[];
export function buildWasm(): Promise<void>;
