package io.notewell.note.control;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.notewell.note.control.InputReader.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which category of content a sentence is: cosine similarity of its MiniLM embedding to each
 * category's prototype sentences, plus a bonus where a high-precision rule matches, plus a small prior for
 * who said it. Prototypes are embedded once.
 */
public final class SectionClassifier {

    static final double RULE_BONUS = 0.30;
    static final double LABEL_BONUS = 1.0;
    static final double TOPIC_BONUS = 0.6;
    private static final java.util.Set<String> BROAD = java.util.Set.of("presentation", "observation", "intervention",
            "response", "assessment", "plan", "goal");

    private final EmbeddingModel model;
    private final NoteTemplates templates;
    private final Map<String, List<float[]>> prototypes = new HashMap<>();

    public SectionClassifier(EmbeddingModel model, NoteTemplates templates) {
        this.model = model;
        this.templates = templates;
        templates.categories().forEach((name, category) -> {
            if (!category.prototypes().isEmpty()) {
                prototypes.put(name, embed(category.prototypes()));
            }
        });
    }

    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model.embedAll(sentences.stream().map(TextSegment::from).toList()).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        embeddings.forEach(e -> vectors.add(normalised(e.vector())));
        return vectors;
    }

    /** A category and how sure the classifier is of it. */
    public record Choice(String category, double score) {
    }

    /** The best of {@code candidates} for a sentence already embedded; a label hint of the notes counts most. */
    public Choice classify(String sentence, float[] vector, Role role, String labelHint, List<String> candidates) {
        return classify(sentence, vector, role, labelHint, null, candidates);
    }

    /** The same, with the topic of the question the sentence answers, a weaker hint than a heading. */
    public Choice classify(String sentence, float[] vector, Role role, String labelHint, String topic, List<String> candidates) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String category : candidates) {
            double score = similarity(vector, category);
            if (templates.category(category).ruleMatches(sentence)) {
                // a rule of a specific category (referral, substance use, SUD ...) is surer than one of a broad one
                score += BROAD.contains(category) ? RULE_BONUS : RULE_BONUS + 0.06;
            }
            if (category.equals(labelHint)) {
                score += LABEL_BONUS;
            }
            if (category.equals(topic)) {
                score += TOPIC_BONUS;
            }
            score += prior(role, category);
            if (score > bestScore) {
                bestScore = score;
                best = category;
            }
        }
        return new Choice(best, bestScore);
    }

    private double similarity(float[] vector, String category) {
        double best = 0;
        for (float[] p : prototypes.getOrDefault(category, List.of())) {
            best = Math.max(best, cosine(vector, p));
        }
        return best;
    }

    private static double prior(Role role, String category) {
        return switch (role) {
            case CLIENT -> switch (category) {
                case "presentation" -> 0.10;
                case "intervention", "observation", "plan", "assessment" -> -0.15;
                default -> 0;
            };
            case CLINICIAN -> switch (category) {
                case "intervention", "plan" -> 0.08;
                case "presentation" -> -0.10;
                default -> 0;
            };
            case NOTES -> 0;
        };
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / (norm == 0 ? 1 : norm));
        }
        return out;
    }
}
