export type { ServedRequest } from './server/served-request.js';
export type {
  ProfileApiServer,
  ProfileApiServerOptions,
} from './server/start-profile-api-server.js';
export { startProfileApiServer } from './server/start-profile-api-server.js';
