import { runHalfWorker } from './long-halves.js';

// Entry of the worker thread that reads the second half of a large CSV (see long-halves.ts).
runHalfWorker();
