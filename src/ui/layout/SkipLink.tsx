/**
 * A link shown only while it has the keyboard focus: moves focus to the element with `target` as id
 * (which is focusable, tabIndex -1) without touching the address bar.
 */
export function SkipLink({ target, children }: { target: string; children: React.ReactNode }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target);
        if (!element) return;
        event.preventDefault();
        element.scrollIntoView({ block: 'start' });
        element.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
