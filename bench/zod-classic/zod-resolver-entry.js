// What a form would pay for @hookform/resolvers' zodResolver (the kit uses its own resolver).
export { zodResolver } from '@hookform/resolvers/zod';
