/**
 * The project's public CSV table reader (a file → its rows, as every dataset CSV is read), imported here
 * only: src/load is being reorganised, and when the reader moves this is the one line to change.
 */
export { readCsvFile as readCsvTable } from '../../src/load/table-source.js';
