package io.notewell.note.entity;

import java.util.List;

/** A written note: its sections in template order, the risk findings and the treatment-plan links. */
public record NoteDocument(String template, String title, String inputShape, List<NoteSection> sections,
                           List<RiskFinding> risks, List<PlanLink> treatmentPlan) {
    public NoteDocument {
        sections = List.copyOf(sections);
        risks = List.copyOf(risks);
        treatmentPlan = List.copyOf(treatmentPlan);
    }
}
