package io.notewell.note.control;

import io.notewell.note.entity.NoteSentence;
import io.notewell.user.entity.Pronouns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section written from a conversation reports many things the client said. The first keeps "Client reports that";
 * the ones after it vary the subject and the verb ("She states that", "She adds that") as a clinician would write,
 * instead of fifteen sentences opening the same way. Where the sentence already names the client as "the client"
 * (someone else has the client's pronoun), the subject stays "Client". Quotations one after another vary their verb too.
 */
final class ReportingVerbs {

    private static final String QUOTED = "Client stated: \u201C";
    private static final Pattern OPENING = Pattern.compile("^Client reports (that |feeling )");
    private static final String[][] VERBS = {
            {"also reports", "also report"}, {"states", "state"}, {"adds", "add"}, {"notes", "note"}, {"explains", "explain"}};

    private ReportingVerbs() {
    }

    static List<NoteSentence> varied(List<NoteSentence> sentences, Pronouns pronouns) {
        return varied(sentences, pronouns, List.of());
    }

    /**
     * {@link #varied(List, Pronouns)}, where the participants of a joint session in {@code names} keep their names (two
     * people's "she" and "he" one after another would be hard to follow) and vary only the verb: "Maya reports that",
     * "Daniel reports that", "Maya states that".
     */
    static List<NoteSentence> varied(List<NoteSentence> sentences, Pronouns pronouns, List<String> names) {
        Map<String, Integer> byName = new HashMap<>();
        String lastQuoted = null;
        List<NoteSentence> withNames = new ArrayList<>(sentences.size());
        for (NoteSentence sentence : sentences) {
            String name = names.stream().filter(n -> sentence.text().startsWith(n + " reports that ")
                    || sentence.text().startsWith(n + " stated: \u201C")).findFirst().orElse(null);
            if (name == null) {
                lastQuoted = null;
                withNames.add(sentence);
                continue;
            }
            String rest = sentence.text().substring(name.length());
            if (rest.startsWith(" stated: ")) {
                String verb = name.equals(lastQuoted) ? "added" : "stated";
                lastQuoted = name;
                withNames.add(new NoteSentence(name + " " + verb + rest.substring(" stated".length()), sentence.evidence(), sentence.unverified()));
                continue;
            }
            lastQuoted = null;
            int reported = byName.merge(name, 1, Integer::sum);
            String verb = reported == 1 ? "reports" : VERBS[(reported - 2) % VERBS.length][0];
            withNames.add(new NoteSentence(name + " " + verb + rest.substring(" reports".length()), sentence.evidence(), sentence.unverified()));
        }
        return variedClient(withNames, pronouns);
    }

    private static List<NoteSentence> variedClient(List<NoteSentence> sentences, Pronouns pronouns) {
        Pronouns p = pronouns == null ? Pronouns.NeutralThem : pronouns;
        String pronoun = Character.toUpperCase(p.subject().charAt(0)) + p.subject().substring(1);
        boolean plural = p == Pronouns.NeutralThem;
        List<NoteSentence> out = new ArrayList<>(sentences.size());
        int reported = 0;
        int quotedInARow = 0;
        for (NoteSentence sentence : sentences) {
            if (sentence.text().startsWith(QUOTED)) {
                // "Client stated: “...” Client added: “...” Client also said: “...”": quotations in a row, varied the same way
                String[] said = {"stated", "added", "also said"};
                String verb = said[quotedInARow == 0 ? 0 : 1 + (quotedInARow - 1) % 2];
                quotedInARow++;
                out.add(new NoteSentence("Client " + verb + sentence.text().substring("Client stated".length()), sentence.evidence(),
                        sentence.unverified()));
                continue;
            }
            quotedInARow = 0;
            Matcher opening = OPENING.matcher(sentence.text());
            if (!opening.lookingAt()) {
                out.add(sentence);
                continue;
            }
            if (reported++ == 0) {
                out.add(sentence);
                continue;
            }
            String[] verb = VERBS[(reported - 2) % VERBS.length];
            boolean feeling = opening.group(1).equals("feeling ");
            String rest = sentence.text().substring(opening.end());
            // (and after what a relative reported: "Client's mother reports that she is just here for the exposure part. She also
            // reports that she did the mailbox ..." read as the mother's)
            boolean named = rest.contains("the client") || !out.isEmpty() && out.get(out.size() - 1).text().startsWith("Client's ");
            String subject = named ? "Client" : pronoun;
            String said = feeling ? (named || !plural ? "reports" : "report") + " feeling "
                    : (named || !plural ? verb[0] : verb[1]) + " that ";
            if (feeling && reported % 2 == 1) {
                said = (named || !plural ? "also reports" : "also report") + " feeling ";
            }
            out.add(new NoteSentence(subject + " " + said + rest, sentence.evidence(), sentence.unverified()));
        }
        return out;
    }
}
