export type { ProfileApiServer, ProfileApiServerOptions } from './start-profile-api-server.js';
export { startProfileApiServer } from './start-profile-api-server.js';
