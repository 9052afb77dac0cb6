/**
 * A site the customer can prefer, as Emporix site settings describe it — pass the site
 * objects as they are; only `code` and `name` are read.
 */
export interface ProfileSite {
  code: string;
  name?: string | undefined;
}
