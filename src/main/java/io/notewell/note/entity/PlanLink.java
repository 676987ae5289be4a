package io.notewell.note.entity;

import java.util.List;

/** A treatment-plan item (goal, objective or intervention) that the session touched, with the evidence. */
public record PlanLink(String kind, String item, List<Evidence> evidence) {
    public PlanLink {
        evidence = List.copyOf(evidence);
    }
}
