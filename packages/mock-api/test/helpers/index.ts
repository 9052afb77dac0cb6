// The one module the mock-api tests import their helpers from.

export { buildCli, type CliProcess, runCli, startCli } from './cli-process.js';
export { contractErrors, schemaRefs, siteSchemaRefs, validPatch } from './contract-schemas.js';
export { getMe, meUrl, patchMe } from './profile-requests.js';
export {
  importSpecifiers,
  resolveWithinSrc,
  type SourceFile,
  sourceFiles,
} from './source-files.js';
