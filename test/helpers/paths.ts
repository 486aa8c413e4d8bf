import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLED = fileURLToPath(new URL('../../fixtures/geumcheon-2022/', import.meta.url));
export const BUNDLED_XLSX = fileURLToPath(new URL('../../fixtures/geumcheon-2022.xlsx', import.meta.url));
export const fixture = (rel: string): string => fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url));
