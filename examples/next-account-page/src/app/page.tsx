import { readSignIn } from '../server/sign-in-cookies';

/** The start page: a demo sign-in (a real shop has its login here) and the way to the account. */
export default async function StartPage() {
  const signedIn = (await readSignIn()) !== null;
  return (
    <main className="account">
      <h1>Northwind Outfitters</h1>
      {signedIn ? (
        <>
          <p>
            <a href="/account">My account</a>
          </p>
          <form method="post" action="/api/sign-out">
            <button type="submit">Sign out</button>
          </form>
        </>
      ) : (
        <form method="post" action="/api/demo-sign-in">
          <button type="submit">Sign in (demo)</button>
        </form>
      )}
    </main>
  );
}
