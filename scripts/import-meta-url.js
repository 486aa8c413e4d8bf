// Injected by scripts/build.mjs: the CommonJS bundle has no import.meta, so `import.meta.url` is defined
// as this file URL of the bundle itself (what the ES module source expects).
export const import_meta_url = require('node:url').pathToFileURL(__filename).href;
