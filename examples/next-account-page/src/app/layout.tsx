import '@profile-kit/components/styles.css';
import './account.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'My account · Northwind Outfitters' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
