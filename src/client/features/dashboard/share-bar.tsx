interface ShareBarProps {
  /** 0…1 */
  share: number | null;
  text: string;
}

/** A share as text with a small bar behind it (the bar is decoration: the text says it all). */
export function ShareBar({ share, text }: ShareBarProps) {
  return (
    <span className="share-bar">
      <span className="share-bar__track" aria-hidden="true">
        <span className="share-bar__fill" style={{ width: `${String((share ?? 0) * 100)}%` }} />
      </span>
      <span className="share-bar__text">{text}</span>
    </span>
  );
}
