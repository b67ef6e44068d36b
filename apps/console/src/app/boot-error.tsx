/** Shown when the world cannot be opened at all (IndexedDB refused, blocked by an older tab...). */
export function BootError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" style={{ padding: 32, fontFamily: 'sans-serif' }}>
      <h1>SG Console could not open its storage</h1>
      <p>{message}</p>
      <p>Close other SG Console tabs and reload this page.</p>
    </div>
  );
}
