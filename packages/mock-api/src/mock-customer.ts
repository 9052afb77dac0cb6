/** `AccountId` in the contract: one login account of the customer. */
export interface MockAccount {
  id?: string;
  providerId?: string;
}

/** `DefaultDtoMetadata` in the contract. */
export interface MockMetadata {
  version?: number;
  mixins?: Record<string, unknown>;
}

/** `Address` in the contract; `contactName` is the only required field there. */
export interface MockAddress {
  id?: string;
  contactName: string;
  companyName?: string;
  street?: string;
  streetNumber?: string;
  streetAppendix?: string;
  extraLine1?: string;
  extraLine2?: string;
  extraLine3?: string;
  extraLine4?: string;
  zipCode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2, exactly 2 chars. */
  country?: string;
  state?: string;
  contactPhone?: string;
  isDefault?: boolean;
  tags?: string[];
  metadata?: MockMetadata;
  mixins?: Record<string, unknown>;
}

/** One item of `B2BGet.legalEntities` in the contract. */
export interface MockLegalEntity {
  id?: string;
  name?: string;
  contactAssignmentId?: string;
}

/** `B2BGet` in the contract. */
export interface MockB2B {
  companyRegistrationId?: string;
  legalEntities?: MockLegalEntity[];
}

/**
 * The contract's `Customer` schema as the mock stores and serves it. The contract marks
 * nothing as required; `id` and `customerNumber` are required here because the mock
 * always has them and identifies stored customers by `id`.
 *
 * @example
 * ```ts
 * const profile: MockCustomer = { id: '42', customerNumber: '42', firstName: 'Ada' };
 * ```
 */
export interface MockCustomer {
  id: string;
  customerNumber: string;
  title?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  contactEmail?: string;
  contactPhone?: string;
  company?: string;
  /** Underscore form, e.g. `en_US`. */
  preferredLanguage?: string;
  /** ISO 4217, exactly 3 chars. */
  preferredCurrency?: string;
  preferredSite?: string;
  accounts?: MockAccount[];
  addresses?: MockAddress[];
  defaultAddress?: MockAddress;
  businessModel?: 'B2B' | 'B2C';
  b2b?: MockB2B;
  mixins?: Record<string, unknown>;
  metadata?: MockMetadata;
  /** ISO 8601 date-time. */
  lastLogin?: string;
}
