// The mock Emporix API over real HTTP for `pnpm dev` (see README): port from MOCK_API_PORT.
import { startProfileApiServer } from '@profile-kit/mock-api/server';

const port = Number(process.env.MOCK_API_PORT ?? 4010);
const server = await startProfileApiServer({ port });
console.log(`Mock Emporix API at ${server.url} (tenant demo). Ctrl+C stops it.`);
process.on('SIGINT', () => server.close().then(() => process.exit(0)));
