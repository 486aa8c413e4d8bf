export const WASM_MODULES: string[];
export function buildWasm(onlyStale?: boolean): Promise<void>;
