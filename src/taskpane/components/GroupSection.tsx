import { Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { FindingGroup, KeyedFinding } from "../grouping";
import { useStrings } from "../StringsContext";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface GroupSectionProps {
  group: FindingGroup;
  selectedKey: string | null;
  busy: boolean;
  onSelect: (item: KeyedFinding) => void;
  onApply: (item: KeyedFinding) => void;
}

export function GroupSection({ group, selectedKey, busy, onSelect, onApply }: GroupSectionProps) {
  const t = useStrings();
  const styles = useStyles();
  const title = group.group || t.headerGroup;
  return (
    <section className={styles.root} aria-label={title} data-testid="finding-group" data-group={group.group}>
      <h4 className={styles.heading}>
        <Caption1Strong>{t.withCount(title, group.items.length)}</Caption1Strong>
      </h4>
      <ul className={styles.list}>
        {group.items.map((item) => (
          <FindingItem
            key={item.key}
            item={item}
            selected={item.key === selectedKey}
            busy={busy}
            onSelect={onSelect}
            onApply={onApply}
          />
        ))}
      </ul>
    </section>
  );
}
