// The one module the mock-api tests import their helpers from.

export { addressUrl, callAddresses } from './address-requests.js';
export { buildCli, type CliProcess, runCli, startCli } from './cli-process.js';
export {
  contractErrors,
  schemaRefs,
  siteSchemaRefs,
  validBody,
  validPatch,
} from './contract-schemas.js';
export {
  type CredentialPath,
  callCredentials,
  credentialPaths,
} from './credential-requests.js';
export { getMe, meUrl, patchMe } from './profile-requests.js';
export {
  importSpecifiers,
  resolveWithinSrc,
  type SourceFile,
  sourceFiles,
} from './source-files.js';
