import {
  type CustomerProfile,
  type ProfilePatch,
  profilePatchSchema,
  useCustomerProfile,
  useUpdateProfile,
} from '@profile-kit/hooks';
import { type FormEvent, useId, useState } from 'react';

/*
 * The comparison for the re-render figures: a profile form written the common storefront
 * way — controlled inputs, one `useState` per field, plain field components, the whole
 * form sent on save. It shows the same ten fields as ProfileForm does for a B2C customer.
 * Not part of the kit; it exists only to be measured against.
 */

interface BaselineProfileFormProps {
  languages: readonly string[];
  currencies: readonly string[];
  sites: readonly { code: string; name: string }[];
}

export function BaselineProfileForm(props: BaselineProfileFormProps) {
  const { data: profile } = useCustomerProfile();
  if (!profile) return <p>Loading…</p>;
  return <BaselineEditor profile={profile} {...props} />;
}

function BaselineEditor({
  profile,
  languages,
  currencies,
  sites,
}: BaselineProfileFormProps & { profile: CustomerProfile }) {
  const [title, setTitle] = useState(profile.title ?? '');
  const [firstName, setFirstName] = useState(profile.firstName ?? '');
  const [middleName, setMiddleName] = useState(profile.middleName ?? '');
  const [lastName, setLastName] = useState(profile.lastName ?? '');
  const [contactEmail, setContactEmail] = useState(profile.contactEmail ?? '');
  const [contactPhone, setContactPhone] = useState(profile.contactPhone ?? '');
  const [company, setCompany] = useState(profile.company ?? '');
  const [preferredLanguage, setPreferredLanguage] = useState(profile.preferredLanguage ?? '');
  const [preferredCurrency, setPreferredCurrency] = useState(profile.preferredCurrency ?? '');
  const [preferredSite, setPreferredSite] = useState(profile.preferredSite ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const update = useUpdateProfile();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const values: ProfilePatch = {
      title,
      firstName,
      middleName,
      lastName,
      contactEmail,
      contactPhone,
      company,
      preferredLanguage,
      preferredCurrency,
      preferredSite,
    };
    const result = profilePatchSchema.safeParse(values);
    if (!result.success) {
      setErrors(
        Object.fromEntries(
          result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
        ),
      );
      return;
    }
    setErrors({});
    setStatus('saving');
    try {
      await update.mutateAsync(values);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <form data-state={status} noValidate onSubmit={onSubmit}>
      <SelectField
        label="Title"
        name="title"
        value={title}
        onChange={setTitle}
        options={['', 'MR', 'MRS', 'MS', 'DR']}
      />
      <TextField
        label="First name"
        name="firstName"
        value={firstName}
        onChange={setFirstName}
        error={errors.firstName}
      />
      <TextField
        label="Middle name"
        name="middleName"
        value={middleName}
        onChange={setMiddleName}
        error={errors.middleName}
      />
      <TextField
        label="Last name"
        name="lastName"
        value={lastName}
        onChange={setLastName}
        error={errors.lastName}
      />
      <TextField
        label="Email"
        name="contactEmail"
        type="email"
        value={contactEmail}
        onChange={setContactEmail}
        error={errors.contactEmail}
      />
      <TextField
        label="Phone"
        name="contactPhone"
        type="tel"
        value={contactPhone}
        onChange={setContactPhone}
        error={errors.contactPhone}
      />
      <TextField
        label="Company"
        name="company"
        value={company}
        onChange={setCompany}
        error={errors.company}
      />
      <SelectField
        label="Language"
        name="preferredLanguage"
        value={preferredLanguage}
        onChange={setPreferredLanguage}
        options={
          languages.includes(preferredLanguage) ? languages : [preferredLanguage, ...languages]
        }
      />
      <SelectField
        label="Currency"
        name="preferredCurrency"
        value={preferredCurrency}
        onChange={setPreferredCurrency}
        options={currencies}
      />
      <SelectField
        label="Shop"
        name="preferredSite"
        value={preferredSite}
        onChange={setPreferredSite}
        options={sites.map((site) => site.code)}
      />
      {status === 'failed' && <p role="alert">Saving failed.</p>}
      <button type="submit">Save changes</button>
    </form>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: string;
}

function TextField({ label, name, value, onChange, error, type = 'text' }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && <p id={`${id}-error`}>{error}</p>}
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
}

function SelectField({ label, name, value, onChange, options }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
