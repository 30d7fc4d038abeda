// SvelteKit's $lib alias, for dependency-cruiser (it reads aliases from a webpack-style config).
const path = require('node:path');
module.exports = { resolve: { alias: { $lib: path.resolve(__dirname, '../src/lib') } } };
