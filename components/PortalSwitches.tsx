import { PORTALS } from '@/lib/portals';

/** One checkbox per listed portal: ticked means Social Value Lens runs there. */
export function PortalSwitches({
  disabled,
  onToggle,
}: {
  disabled: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <fieldset>
      <legend>Portals</legend>
      <p class="hint">Switch Social Value Lens off on a portal where you do not want it.</p>
      {PORTALS.map((portal) => (
        <div class="check" key={portal.id}>
          <input
            type="checkbox"
            id={`portal-${portal.id}`}
            checked={!disabled.includes(portal.id)}
            onChange={(event) => onToggle(portal.id, event.currentTarget.checked)}
          />
          <label for={`portal-${portal.id}`}>{portal.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
