/** Shortens a text from a pack for display, with an ellipsis when cut. */
export const clip = (text: string, n = 240) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** One conflict between a local text and an incoming one: both shown as text, the user picks which stays current. */
export function ConflictChoice(props: {
  legend: string;
  mine: string;
  theirs: string;
  theirsLabel: string;
  name: string;
  labels: [string, string];
  value: 'mine' | 'theirs';
  onChange: (value: 'mine' | 'theirs') => void;
  testId?: string;
}) {
  return (
    <fieldset data-testid={props.testId}>
      <legend>{props.legend}</legend>
      <p>
        <strong>Yours:</strong> {clip(props.mine)}
      </p>
      <p>
        <strong>{props.theirsLabel}:</strong> {clip(props.theirs)}
      </p>
      {(['mine', 'theirs'] as const).map((value, i) => (
        <div class="check" key={value}>
          <label>
            <input
              type="radio"
              name={props.name}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
            />{' '}
            {props.labels[i]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
