import { z } from 'zod/mini';
import { tenantSchema } from './tenant-schema.js';

export type AccessTokenSource = () =>
  | string
  | null
  | undefined
  | Promise<string | null | undefined>;

export interface ProfileClientConfig {
  tenant: string;
  baseUrl?: string;
  getAccessToken: AccessTokenSource;
  refreshAccessToken?: () => Promise<unknown>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export const defaultBaseUrl = 'https://api.emporix.io';
export const defaultTimeoutMs = 15_000;

const baseUrlSchema = z.pipe(
  z.string().check(
    z.refine((value) => {
      if (value.startsWith('/')) return !value.startsWith('//') && !/[?#]/.test(value);
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        !url.username &&
        !url.password &&
        !url.search &&
        !url.hash
      );
    }, 'baseUrl must be an http(s) origin or a path starting with "/", with no credentials, query or hash.'),
  ),
  z.transform((value: string) => value.replace(/\/+$/, '')),
);

export const profileClientSettingsSchema = z.object({
  tenant: tenantSchema,
  baseUrl: z._default(baseUrlSchema, defaultBaseUrl),
  timeoutMs: z._default(z.int().check(z.positive(), z.maximum(600_000)), defaultTimeoutMs),
});

export type ProfileClientSettings = z.output<typeof profileClientSettingsSchema>;
