export const WASM_SOURCE: string;
export const WASM_OUTPUT: string;
export function buildWasm(): Promise<void>;
