package io.notewell.note.entity;

import java.util.List;

/**
 * What the input says about one risk domain. {@code polarity}: denied, endorsed, unclear; or
 * not_assessed when the input does not mention the domain at all (never reported as denied).
 */
public record RiskFinding(String domain, String polarity, String summary, List<Evidence> evidence) {
    public RiskFinding {
        evidence = List.copyOf(evidence);
    }
}
