/** A message about the whole form (what the core refused), with an icon so it is not colour alone. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className="form-error" hidden={!message}>
      {message && (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      )}
    </div>
  );
}
