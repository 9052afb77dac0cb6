// A host's view of the kit for the zod experiment: everything both packages export.
export * from '@profile-kit/components';
export * from '@profile-kit/hooks';
