import type { ComponentChildren } from 'preact';

/**
 * One labelled drop-down in the settings form (GOV.UK "select"): the label, the choices, and anything after the
 * select inside the same field (a hint). Saves the chosen value as soon as it changes.
 */
export function SettingSelect<V extends string>(props: {
  id: string;
  label: string;
  value: V;
  options: ReadonlyArray<readonly [V, string]>;
  onChange: (value: V) => void;
  children?: ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value as V)}>
        {props.options.map(([value, label]) => (
          <option value={value} key={value}>
            {label}
          </option>
        ))}
      </select>
      {props.children}
    </div>
  );
}
