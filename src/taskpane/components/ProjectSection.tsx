import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyedFinding, ProjectSection as Section } from "../grouping";
import { useStrings } from "../StringsContext";
import { GroupSection } from "./GroupSection";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalS },
});

export interface ProjectSectionProps {
  section: Section;
  selectedKey: string | null;
  busy: boolean;
  onSelect: (item: KeyedFinding) => void;
  onApply: (item: KeyedFinding) => void;
}

export function ProjectSection({ section, selectedKey, busy, onSelect, onApply }: ProjectSectionProps) {
  const t = useStrings();
  const styles = useStyles();
  const title = t.projectHeading(section.formIndex, section.project);
  return (
    <AccordionItem value={section.formIndex} data-testid="project-section" data-form-index={section.formIndex}>
      <AccordionHeader as="h3" button={{ "aria-label": t.withCount(title, section.count) }}>
        {t.withCount(title, section.count)}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        {section.groups.map((g) => (
          <GroupSection key={g.group} group={g} selectedKey={selectedKey} busy={busy} onSelect={onSelect} onApply={onApply} />
        ))}
      </AccordionPanel>
    </AccordionItem>
  );
}
