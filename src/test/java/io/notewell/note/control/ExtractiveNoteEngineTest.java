package io.notewell.note.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSection;
import io.notewell.note.entity.NoteSentence;
import io.notewell.note.entity.PlanLink;
import io.notewell.note.entity.RiskFinding;
import io.notewell.session.entity.SessionType;
import io.notewell.user.entity.Pronouns;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in engine on realistic therapy notes and transcripts (src/test/resources/sessions). */
class ExtractiveNoteEngineTest {

    static NoteDocument note(String input, SessionType type, Pronouns pronouns, String plan) {
        return Engines.engine().write(new ExtractiveNoteEngine.Request(Engines.session(input), type, false, pronouns,
                "Therapist", plan == null ? null : Engines.session(plan)));
    }

    static String section(NoteDocument note, String key) {
        return note.sections().stream().filter(s -> s.key().equals(key)).findFirst().map(NoteSection::text)
                .orElseThrow(() -> new AssertionError("no section " + key + " in " + note.template()));
    }

    /** Every section's text, for what may land in more than one section. */
    static String whole(NoteDocument note) {
        return note.sections().stream().map(NoteSection::text).collect(Collectors.joining(" "));
    }

    /** Each of {@code qualifiers} stands in the finding's summary. */
    static void assertQualified(RiskFinding finding, String... qualifiers) {
        for (String qualifier : qualifiers) {
            assertTrue(finding.summary().contains(qualifier), qualifier + " in " + finding.summary());
        }
    }

    static RiskFinding risk(NoteDocument note, String domain) {
        return note.risks().stream().filter(r -> r.domain().equals(domain)).findFirst().orElseThrow();
    }

    // ---- templates and sections ------------------------------------------------------------------

    @Test
    void sections_come_in_template_order_with_a_risk_section() {
        NoteDocument soap = note("depression-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertEquals(List.of("subjective", "objective", "assessment", "plan", "risk"),
                soap.sections().stream().map(NoteSection::key).toList());
        NoteDocument birp = note("depression-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        assertEquals(List.of("behaviour", "intervention", "response", "plan", "risk"),
                birp.sections().stream().map(NoteSection::key).toList());
    }

    @Test
    void clinician_notes_are_sorted_into_soap_sections() {
        NoteDocument note = note("depression-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "subjective").contains("low mood for 3 weeks"), section(note, "subjective"));
        assertTrue(section(note, "objective").contains("Affect constricted"), section(note, "objective"));
        assertTrue(section(note, "objective").contains("PHQ-9"), "scores are objective");
        assertTrue(section(note, "assessment").contains("worsening"), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("activity log"), section(note, "plan"));
        assertTrue(section(note, "plan").contains("referral to psychiatry"), section(note, "plan"));
        assertFalse(section(note, "subjective").contains("activity log"), "homework is plan, not subjective");
    }

    @Test
    void shorthand_is_expanded_into_readable_clinical_prose() {
        NoteDocument note = note("depression-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String data = section(note, "data");
        assertTrue(data.contains("Client reports low mood for 3 weeks following job loss"), data);
        assertTrue(data.contains("approximately 4-5 hours"), data);
        assertFalse(data.matches("(?s).*\\bPt\\b.*"), "no 'Pt' shorthand in the note: " + data);
        assertTrue(section(note, "plan").contains("Follow-up on safety plan"), section(note, "plan"));
    }

    @Test
    void interventions_go_to_the_intervention_section_of_birp() {
        NoteDocument note = note("depression-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("behavioral activation"), intervention);
        assertTrue(intervention.contains("psychoeducation"), intervention);
        assertTrue(section(note, "response").contains("receptive"), section(note, "response"));
    }

    @Test
    void a_conversation_is_written_in_the_third_person_with_the_clients_pronouns() {
        NoteDocument her = note("anxiety-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertEquals("conversation", her.inputShape());
        String subjective = section(her, "subjective");
        assertTrue(subjective.contains(" that she had two panic attacks this week"), subjective);
        assertTrue(subjective.contains("her heart was racing"), subjective);
        assertFalse(subjective.matches("(?s).*\\bI\\b.*"), "no first person left: " + subjective);
        assertFalse(subjective.matches("(?s).*\\bmy\\b.*"), "no first person left: " + subjective);

        NoteDocument him = note("anxiety-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertTrue(section(him, "subjective").contains(" that he had two panic attacks"), section(him, "subjective"));
        assertTrue(section(him, "subjective").contains("reports that he has been really anxious"), section(him, "subjective"));
        NoteDocument them = note("anxiety-transcript.txt", SessionType.Soap, Pronouns.NeutralThem, null);
        assertTrue(section(them, "subjective").contains("they lie awake"), section(them, "subjective"));
    }

    @Test
    void a_dap_note_of_a_conversation_reads_as_clinical_prose_in_the_right_sections() {
        NoteDocument note = note("work-stress-conversation.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        String data = section(note, "data");
        String assessment = section(note, "assessment");
        String plan = section(note, "plan");
        assertTrue(data.contains("on Monday and he has not really slept since"), data);
        assertTrue(assessment.contains("did the box breathing after a few minutes and it helped a little"),
                "the client's response to the intervention is assessment: " + assessment);
        assertTrue(plan.contains("Client was asked to fill out a thought record"), plan);
        assertTrue(plan.contains("Client was asked to keep the sleep diary"), plan);
        assertTrue(plan.contains("Next session: next Thursday at four, and the therapist will send him the referral to Dr. Patel"), plan);
        assertFalse(plan.contains("the therapist'll"), plan);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("not_assessed", risk(note, "abuse").polarity(), "abuse is never mentioned");
    }

    @Test
    void the_clinicians_homework_and_next_session_become_plan() {
        NoteDocument note = note("anxiety-transcript.txt", SessionType.Girp, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was asked to keep a thought record"), plan);
        assertTrue(plan.contains("Next session: review the thought records"), plan);
        assertTrue(section(note, "intervention").contains("practiced the breathing exercise"), section(note, "intervention"));
        // a question is quoted only as the context of the client's answer, never as a sentence of its own
        List<String> sentences = note.sections().stream().flatMap(s -> s.sentences().stream()).map(NoteSentence::text).toList();
        assertTrue(sentences.stream().noneMatch(t -> t.startsWith("How has the week") || t.endsWith("?")), sentences.toString());
        assertTrue(sentences.contains("When asked \u201CHow has the week been since we last met?\u201D, the client answered \u201CIt's been rough.\u201D"),
                sentences.toString());
    }

    @Test
    void emdr_notes_fill_the_emdr_sections() {
        NoteDocument note = note("emdr-notes.txt", SessionType.Emdr, Pronouns.FeminineHer, null);
        assertTrue(section(note, "phase").contains("desensitization"), section(note, "phase"));
        assertTrue(section(note, "target").contains("truck"), section(note, "target"));
        assertTrue(section(note, "negative_cognition").contains("I am not safe"), section(note, "negative_cognition"));
        assertTrue(section(note, "positive_cognition").contains("I am safe now"), section(note, "positive_cognition"));
        assertTrue(section(note, "sud").contains("8"), section(note, "sud"));
        assertTrue(section(note, "voc").contains("2 to 5"), section(note, "voc"));
        assertTrue(section(note, "bls").contains("14 sets"), section(note, "bls"));
        assertTrue(section(note, "processing").contains("incomplete"), section(note, "processing"));
        assertTrue(section(note, "plan").contains("container exercise"), section(note, "plan"));
    }

    @Test
    void labelled_intake_notes_follow_the_clinicians_headings() {
        NoteDocument note = note("intake-notes.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        assertEquals("clinician_notes", note.inputShape(), "headings such as 'Chief complaint:' are not speakers");
        assertTrue(section(note, "referral_source").contains("referred by his primary care physician"), section(note, "referral_source"));
        assertTrue(section(note, "chief_complaint").contains("heart attack"), section(note, "chief_complaint"));
        assertTrue(section(note, "psychiatric_history").contains("sertraline"), section(note, "psychiatric_history"));
        assertTrue(section(note, "substance_use").contains("beers"), section(note, "substance_use"));
        assertTrue(section(note, "medical_history").contains("Asthma"), section(note, "medical_history"));
        assertTrue(section(note, "family_social").contains("girlfriend"), section(note, "family_social"));
        assertTrue(section(note, "impression").contains("panic disorder"), section(note, "impression"));
        assertTrue(section(note, "plan").contains("Follow-up in one week"), section(note, "plan"));
        assertTrue(section(note, "safety").contains("Suicidal ideation: denied"), section(note, "safety"));
    }

    @Test
    void a_mental_status_examination_keeps_each_domain_apart() {
        NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(
                Engines.session("mse-notes.txt") + "\nShe was seen for a 45-minute individual session focused on work stress and sleep.",
                SessionType.Mse, false, Pronouns.FeminineHer, "Therapist", null));
        assertTrue(section(note, "appearance").startsWith("Well groomed"), section(note, "appearance"));
        assertTrue(section(note, "speech").contains("pressured"), section(note, "speech"));
        assertTrue(section(note, "affect").contains("constricted"), section(note, "affect"));
        assertTrue(section(note, "thought_process").toLowerCase(Locale.ROOT).contains("linear"), section(note, "thought_process"));
        assertTrue(section(note, "perception").contains("hallucinations"), section(note, "perception"));
        assertTrue(section(note, "cognition").contains("oriented"), section(note, "cognition"));
        assertTrue(section(note, "insight").contains("Fair"), section(note, "insight"));
        assertTrue(section(note, "judgment").contains("Good"), section(note, "judgment"));
        assertTrue(section(note, "thought_content").contains("Suicidal ideation: denied"), "risk sits in thought content");
    }

    // ---- risk ------------------------------------------------------------------------------------

    @Test
    void endorsed_passive_si_is_kept_with_its_qualifier_and_denials_stay_denials() {
        NoteDocument note = note("depression-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertTrue(si.summary().contains("better off without me"), si.summary());
        assertTrue(si.summary().contains("denies plan, intent or means"), si.summary());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertEquals("not_assessed", risk(note, "abuse").polarity(), "abuse is never mentioned, so it is not 'denied'");
    }

    @Test
    void screening_questions_and_short_answers_count_together() {
        NoteDocument note = note("anxiety-transcript.txt", SessionType.Standard, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity());
        assertTrue(si.summary().contains("No, nothing like that"), si.summary());
        assertEquals(3, si.evidence().size(), "the question and the answer (both of its sentences) are the evidence");
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("not_assessed", risk(note, "abuse").polarity());
    }

    @Test
    void a_disclosure_of_violence_is_endorsed_and_a_hesitant_answer_is_unclear() {
        NoteDocument note = note("conflict-transcript.txt", SessionType.Standard, Pronouns.NeutralThem, null);
        assertEquals("endorsed", risk(note, "abuse").polarity());
        assertTrue(risk(note, "abuse").summary().contains("pushed me against the wall"));
        assertEquals("unclear", risk(note, "suicidal_ideation").polarity(), "'I don't know, maybe sometimes' is not a denial");
        assertEquals("not_assessed", risk(note, "homicidal_ideation").polarity());
        String presentation = section(note, "presentation");
        assertTrue(presentation.contains("pushed them against the wall"), "the disclosure also stays in the narrative: " + presentation);
    }

    @Test
    void no_risk_is_invented_from_a_session_that_never_mentions_one() {
        String calm = "Client reports a good week. She went hiking with her sister on Saturday and enjoyed it. "
                + "Work has been busy but manageable, and she has been sleeping seven hours a night. "
                + "We reviewed her progress on the assertiveness goal; she spoke up twice in team meetings. "
                + "She practiced the breathing exercise before a presentation and felt calmer afterwards. "
                + "Affect bright and congruent. Speech normal. She is making good progress toward her goals. "
                + "Plan: continue biweekly sessions; she will keep a brief journal of moments when she speaks up. "
                + "We also discussed her upcoming vacation and how to keep up her routines while travelling. "
                + "She identified walking every morning and calling her sister once a week as routines to keep. "
                + "Next session in two weeks. She expressed satisfaction with the progress so far and asked to "
                + "spend part of the next session on planning her return to evening classes in the spring.";
        NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(calm, SessionType.Soap, false,
                Pronouns.FeminineHer, "Therapist", null));
        note.risks().forEach(r -> assertEquals("not_assessed", r.polarity(), r.domain()));
        assertTrue(section(note, "risk").contains("not addressed"));
    }

    // ---- evidence --------------------------------------------------------------------------------

    @Test
    void every_extracted_sentence_points_at_the_input_it_came_from() {
        String input = Engines.session("anxiety-transcript.txt");
        NoteDocument note = note("anxiety-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        for (NoteSection section : note.sections()) {
            for (NoteSentence sentence : section.sentences()) {
                if (section.key().equals("risk") && sentence.evidence().isEmpty()) {
                    continue; // "not addressed" rests on nothing, and says so
                }
                assertFalse(sentence.evidence().isEmpty(), sentence.text());
                for (Evidence e : sentence.evidence()) {
                    String source = input.substring(e.start(), e.end());
                    assertFalse(source.isBlank());
                    if (!section.key().equals("risk")) {   // risk sentences summarise; their quotes are checked elsewhere
                        assertTrue(sharesAWord(sentence.text(), source), sentence.text() + " <- " + source);
                    }
                }
            }
        }
    }

    static boolean sharesAWord(String a, String b) {
        var words = List.of(b.toLowerCase(Locale.ROOT).split("\\W+"));
        return List.of(a.toLowerCase(Locale.ROOT).split("\\W+")).stream().anyMatch(w -> w.length() > 3 && words.contains(w));
    }

    // ---- Golden Thread ---------------------------------------------------------------------------

    @Test
    void the_treatment_plan_goals_the_session_touched_are_named_and_the_others_are_not() {
        NoteDocument note = note("anxiety-transcript.txt", SessionType.Girp, Pronouns.FeminineHer, "plan-anxiety.md");
        String goal = section(note, "goal");
        assertTrue(goal.contains("Reduce panic attacks to fewer than one per week"), goal);
        assertTrue(goal.contains("slow breathing"), goal);
        assertFalse(goal.contains("Couples communication"), "an intervention the session did not use is not named: " + goal);
        assertFalse(goal.contains("I\" statements"), "an objective the session did not touch is not named: " + goal);
        assertTrue(note.treatmentPlan().stream().allMatch(link -> !link.evidence().isEmpty()));
    }

    @Test
    void the_golden_thread_goes_to_the_assessment_of_soap_and_to_its_own_section_where_no_section_holds_goals() {
        NoteDocument soap = note("anxiety-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, "plan-anxiety.md");
        assertTrue(section(soap, "assessment").startsWith("Goal addressed"), section(soap, "assessment"));
        NoteDocument mse = note("anxiety-transcript.txt", SessionType.Mse, Pronouns.FeminineHer, "plan-anxiety.md");
        assertTrue(section(mse, "treatment_plan").contains("Goal addressed"), section(mse, "treatment_plan"));
    }

    // ---- low content -----------------------------------------------------------------------------

    @Test
    void fewer_than_140_words_is_low_content() {
        var tooShort = assertThrows(ExtractiveNoteEngine.LowContentException.class, () -> Engines.engine().write(
                new ExtractiveNoteEngine.Request("pt reports poor sleep x2 wks, denies SI/HI, practiced diaphragmatic breathing",
                        SessionType.Soap, false, Pronouns.FeminineHer, "Therapist", null)));
        assertEquals(12, tooShort.words());
    }

    // ---- a shorthand safety note and a grief conversation (written for these tests) ------------------------------

    @Test
    void clinician_notes_keep_every_sentence_the_clinician_wrote() {
        NoteDocument note = note("birp-safety-notes.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        String all = whole(note);
        assertTrue(all.contains("spare key to the gun safe"), "the means restriction is not dropped: " + all);
        assertTrue(all.contains("Mood \"pretty low\""), "the stated mood is kept: " + all);
        assertTrue(all.contains("its effect on sleep and mood."), "'and mood' ends a phrase, not a finding: " + all);
        assertTrue(all.contains("Client reports drinking 4-5 beers") && all.contains("Client states he"),
                "a subjectless sentence gets the client as subject, its verb in lower case: " + all);
        assertFalse(all.matches("(?s).*Client (?:Reports|States|Denies).*"), all);
    }

    @Test
    void what_the_clinician_did_and_how_the_client_took_it_are_intervention_and_response_in_birp() {
        NoteDocument note = note("birp-safety-notes.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("Collaboratively developed safety plan"), intervention);
        assertTrue(intervention.contains("Columbia Suicide Severity Rating Scale"), intervention);
        assertTrue(intervention.contains("Psychoeducation on alcohol"), intervention);
        assertFalse(section(note, "behaviour").contains("Psychoeducation"), "an intervention naming alcohol is not also behaviour");
        assertTrue(section(note, "response").contains("engaged and receptive"), section(note, "response"));
    }

    @Test
    void endorsed_suicidal_ideation_is_summarised_with_what_a_clinician_documents_alongside_it() {
        NoteDocument note = note("birp-safety-notes.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertQualified(si, "passive", "plan denied", "intent denied", "no history of attempts reported",
                "means restriction agreed", "C-SSRS completed", "safety plan", "crisis resources given",
                "protective factors named", "risk level documented as low-moderate");
        assertFalse(si.summary().contains("active thoughts"), si.summary());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    @Test
    void a_wish_not_to_wake_up_is_passive_suicidal_ideation_and_nothing_else() {
        NoteDocument note = note("grief-conversation.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertTrue(si.summary().contains("passive"), si.summary());
        assertTrue(si.summary().contains("plan denied"), "'No. No plan.' answers the question about a plan: " + si.summary());
        assertTrue(si.summary().contains("intent denied"), "'I would never do anything': " + si.summary());
        assertTrue(si.summary().contains("protective factors named"), "'I have my kids': " + si.summary());
        assertFalse(risk(note, "self_harm").polarity().equals("endorsed"),
                "the answer spoke of not waking up, not of self-harm: " + risk(note, "self_harm").summary());
        assertEquals("not_assessed", risk(note, "abuse").polarity(),
                "'if I had pushed her to see a doctor' is not violence: " + risk(note, "abuse").summary());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    @Test
    void a_grief_conversation_keeps_the_loss_its_response_and_the_safety_instruction() {
        NoteDocument note = note("grief-conversation.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("six months since her mom passed"), "the loss the session is about: " + subjective);
        assertTrue(subjective.contains("wakes up around three every night"), subjective);
        String assessment = section(note, "assessment");
        assertTrue(assessment.contains("a bit lighter"), "how the reframe landed is the response: " + assessment);
        assertTrue(assessment.contains("when the therapist put it that way"), "'you' is the therapist here: " + assessment);
        assertTrue(assessment.contains("Therapist reflected that there is a lot of guilt there"),
                "in SOAP the clinician's reflection is interpretation: " + assessment);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was instructed to call 988 or go to the ER if"), plan);
        assertTrue(plan.contains("write a letter to her mom about the things she wishes she had said"), plan);
        assertTrue(plan.contains("Next session: next Tuesday at 2"), plan);
        assertFalse(plan.contains("she thinks she can do that"), "an acknowledgement is not note content: " + plan);
    }

    @Test
    void a_medication_follow_up_is_sorted_into_psychiatric_soap() {
        NoteDocument note = note("psychiatric-followup-notes.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "subjective").contains("mild nausea in the first week"), section(note, "subjective"));
        String objective = section(note, "objective");
        assertTrue(objective.contains("BP 124/78") && objective.contains("Affect euthymic"), objective);
        assertTrue(section(note, "plan").contains("Continue sertraline 100 mg PO daily"), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    @Test
    void a_transcript_with_timestamps_and_numbered_speakers_is_read_as_a_conversation() {
        NoteDocument note = note("anger-numbered-speakers.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        assertEquals("conversation", note.inputShape());
        String behaviour = section(note, "behaviour");
        assertFalse(behaviour.contains("Speaker 1") || behaviour.contains("[00:"), "labels are not note text: " + behaviour);
        assertTrue(behaviour.contains("Client stated: “I wanted to punch him.”"), "the client is quoted where he is someone else: " + behaviour);
        assertTrue(behaviour.contains("when he was telling the therapist about it"), behaviour);
        assertTrue(section(note, "plan").contains("Client was asked to use the STOP skill at least once a day"), section(note, "plan"));
        assertTrue(section(note, "intervention").contains("practiced the STOP skill"), section(note, "intervention"));
        assertTrue(section(note, "intervention").contains("Therapist reflected that walking out was a real success"),
                "in BIRP a reflection is an intervention: " + section(note, "intervention"));
    }

    @Test
    void endorsed_homicidal_thoughts_are_kept_with_the_denials_that_qualify_them() {
        NoteDocument note = note("anger-numbered-speakers.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("endorsed", hi.polarity());
        assertQualified(hi, "plan denied", "intent denied", "no access to firearms or weapons reported",
                "protective factors named");
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    @Test
    void a_disclosure_of_abuse_and_of_self_harm_keeps_the_report_and_the_safety_work() {
        NoteDocument note = note("adolescent-abuse-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), "'shoves me into the wall' is violence: " + abuse.summary());
        assertTrue(abuse.summary().contains("mandated report made"), abuse.summary());
        assertTrue(abuse.summary().contains("client reports feeling unsafe"), abuse.summary());
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("endorsed", selfHarm.polarity());
        assertTrue(selfHarm.summary().contains("no current urges reported"), selfHarm.summary());
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertFalse(risk(note, "suicidal_ideation").summary().contains("urges"), "the urges were about self-harm");
    }

    @Test
    void a_psychiatric_intake_separates_past_medication_trials_from_the_medication_plan() {
        NoteDocument note = note("psychiatric-intake-notes.txt", SessionType.PsychiatricIntake, Pronouns.FeminineHer, null);
        String trials = section(note, "medication_trials");
        assertTrue(trials.contains("fluoxetine 20 mg") && trials.contains("escitalopram 10 mg"), trials);
        assertFalse(trials.contains("bupropion") || trials.contains("Referred"), "a plan and a referral are not past trials: " + trials);
        String medicationPlan = section(note, "medication_plan");
        assertTrue(medicationPlan.contains("Start bupropion XL 150 mg"), medicationPlan);
        assertTrue(medicationPlan.contains("risks, benefits and side effects"), medicationPlan);
        assertFalse(section(note, "plan").contains("bupropion"), section(note, "plan"));
        assertTrue(section(note, "allergies").contains("Penicillin"), section(note, "allergies"));
    }

    @Test
    void a_relatives_suicide_is_family_history_and_a_risk_factor_not_the_clients_own_ideation() {
        NoteDocument note = note("psychiatric-intake-notes.txt", SessionType.PsychiatricIntake, Pronouns.FeminineHer, null);
        assertTrue(section(note, "family_social").contains("maternal aunt died by suicide"), section(note, "family_social"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), "the passive death wish is the client's own");
        assertQualified(si, "passive", "plan denied", "intent denied", "exposure to suicide (a relative or friend)",
                "no access to firearms or weapons reported");
        assertFalse(si.summary().contains("died by suicide"), "the relative's death is not quoted as the client's ideation");
    }

    @Test
    void a_mental_status_examination_leaves_out_what_was_done_and_planned() {
        NoteDocument note = note("anxiety-transcript.txt", SessionType.Mse, Pronouns.FeminineHer, null);
        String all = whole(note);
        assertFalse(all.contains("was asked to") || all.contains("practiced") || all.contains("Next session"),
                "homework, exercises and the next session are not mental status: " + all);
        assertTrue(section(note, "mood").contains("really anxious at work"), section(note, "mood"));
        assertFalse(section(note, "mood").contains("parking garage"), "what happened is not the stated mood: " + section(note, "mood"));
        assertTrue(section(note, "thought_content").contains("everyone would see that she is a fraud"),
                "what the client is preoccupied with is thought content: " + section(note, "thought_content"));
    }

    @Test
    void a_transcript_typed_in_lower_case_is_still_a_conversation_with_its_risk_screened() {
        NoteDocument note = note("lowercase-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        assertEquals("conversation", note.inputShape());
        String data = section(note, "data");
        assertFalse(data.toLowerCase(Locale.ROOT).contains("therapist:") || data.toLowerCase(Locale.ROOT).contains("client:"), data);
        assertTrue(data.contains("that she had a fight with her mom on Tuesday about money"), data);
        assertTrue(data.contains("developed a safety plan together"), data);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), "'easier if I just disappeared' is a passive wish: " + si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("plan denied") && si.summary().contains("intent denied"),
                si.summary());
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was asked to try writing down one thing she did well each day"), plan);
        assertTrue(plan.contains("Next session: Thursday"), plan);
    }

    @Test
    void a_dictated_note_in_the_clinicians_first_person_is_sorted_and_its_denials_kept() {
        NoteDocument note = note("dictated-progress-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "subjective").contains("panic attacks have decreased from five last week to two"),
                section(note, "subjective"));
        assertTrue(section(note, "objective").contains("GAD-7 today was 9"), section(note, "objective"));
        assertTrue(section(note, "assessment").contains("making good progress"), section(note, "assessment"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist introduced interoceptive exposure"), plan);
        assertTrue(plan.contains("Next session: next Tuesday at the same time"), plan);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity(), "'harming herself or others' covers others too");
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    @Test
    void a_plan_with_label_lines_and_an_inline_list_of_interventions_is_read_item_by_item() {
        NoteDocument note = note("birp-safety-notes.txt", SessionType.Girp, Pronouns.MasculineHim, "plan-depression.md");
        String goal = section(note, "goal");
        assertTrue(goal.contains("Objective addressed: Client will schedule and complete at least 3 pleasant"),
                "items under 'Short-term objectives:' are objectives: " + goal);
        assertTrue(goal.contains("Intervention used: Behavioral activation") && goal.contains("Intervention used: Safety planning"), goal);
        assertFalse(goal.contains("EMDR"), "an intervention of the plan's list that the session did not use is not named: " + goal);
        assertFalse(goal.contains("couples sessions") || goal.contains("apply for at least 2 jobs"), goal);
        assertFalse(goal.contains("F33.1"), "the plan's header is not a goal: " + goal);
    }

    @Test
    void an_intake_interview_files_each_answer_under_what_the_clinician_asked_about() {
        NoteDocument note = note("intake-interview.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        assertTrue(section(note, "referral_source").contains("My doctor sent me"), "a short answer, quoted: " + section(note, "referral_source"));
        assertTrue(section(note, "chief_complaint").contains("drinking a lot more since his divorce"), section(note, "chief_complaint"));
        assertTrue(section(note, "psychiatric_history").contains("saw a counselor in his twenties for depression"),
                section(note, "psychiatric_history"));
        String medical = section(note, "medical_history");
        assertTrue(medical.contains("High blood pressure") && medical.contains("lisinopril"), "a short answer is kept, quoted: " + medical);
        assertTrue(section(note, "substance_use").contains("smokes weed sometimes to sleep"), section(note, "substance_use"));
        String family = section(note, "family_social");
        assertTrue(family.contains("his dad was an alcoholic") && family.contains("contractor"), family);
        assertTrue(section(note, "plan").contains("Therapist will refer him to the intensive outpatient program"), section(note, "plan"));
        assertFalse(section(note, "present_illness").contains("Nothing else"), "an answer empty without its question is left out");
    }

    @Test
    void cutting_back_on_drinking_is_not_self_harm_and_a_locked_rifle_is_noted() {
        NoteDocument note = note("intake-interview.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        assertEquals("not_assessed", risk(note, "self_harm").polarity(), risk(note, "self_harm").summary());
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), "'Not really' is followed by a passive wish: " + si.summary());
        assertQualified(si, "passive", "intent denied", "firearms reported locked away", "protective factors named");
    }

    @Test
    void an_emdr_session_transcript_fills_target_cognitions_and_ratings_from_the_standard_questions() {
        NoteDocument note = note("emdr-conversation.txt", SessionType.Emdr, Pronouns.MasculineHim, null);
        assertTrue(section(note, "target").contains("“The moment right before the truck hit us"), section(note, "target"));
        assertTrue(section(note, "negative_cognition").contains("“I'm not safe anywhere.”"), section(note, "negative_cognition"));
        assertTrue(section(note, "positive_cognition").contains("“I'm safe now.”"), section(note, "positive_cognition"));
        String sud = section(note, "sud");
        assertTrue(sud.contains("8") && sud.contains("Maybe a 4"), "the rating before and after: " + sud);
        assertFalse(sud.contains("chest"), "only the rating answers the rating question: " + sud);
        assertTrue(section(note, "voc").contains("Maybe a 2"), section(note, "voc"));
        assertTrue(section(note, "bls").contains("completed about 12 sets"), section(note, "bls"));
        assertTrue(section(note, "processing").contains("container exercise"), section(note, "processing"));
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    @Test
    void the_headway_soap_session_focus_is_what_the_client_came_to_work_on() {
        NoteDocument note = note("anger-numbered-speakers.txt", SessionType.HeadwaySoap, Pronouns.MasculineHim, null);
        String focus = section(note, "session_focus");
        assertTrue(focus.contains("“Mostly my anger.”"), "the answer to 'What would you like to focus on?': " + focus);
        assertFalse(section(note, "subjective").contains("Mostly my anger"), section(note, "subjective"));
        NoteDocument girp = note("anger-numbered-speakers.txt", SessionType.Girp, Pronouns.MasculineHim, null);
        assertTrue(section(girp, "goal").contains("“Mostly my anger.”"), "without a plan, the goal is what the client came to work on: "
                + section(girp, "goal"));
    }

    @Test
    void a_plan_repeating_its_items_is_read_as_its_distinct_items_up_to_a_limit() {
        GoldenThread thread = new GoldenThread();
        assertEquals(2, thread.parse("- Goal: " + "reduce anxiety at work; improve sleep at night; ".repeat(3000)).size());
        StringBuilder plan = new StringBuilder("Interventions: ");
        for (int i = 0; i < 5000; i++) {
            plan.append("technique number ").append(i).append(", ");
        }
        assertEquals(GoldenThread.MAXIMUM_ITEMS, thread.parse(plan.toString()).size());
    }

    @Test
    void a_biopsychosocial_assessment_separates_family_history_from_the_social_history_and_names_the_presenting_problem() {
        NoteDocument note = note("intake-interview.txt", SessionType.Bps, Pronouns.MasculineHim, null);
        String family = section(note, "family_history");
        assertTrue(family.contains("his dad was an alcoholic") && family.contains("she has depression"), family);
        String social = section(note, "social");
        assertTrue(social.contains("contractor") && !social.contains("alcoholic"), social);
        assertTrue(section(note, "presenting_problem").contains("drinking a lot more since his divorce"), section(note, "presenting_problem"));
        assertTrue(section(note, "history_presenting").contains("sleeps badly"), section(note, "history_presenting"));

        NoteDocument notes = note("intake-notes.txt", SessionType.Bps, Pronouns.MasculineHim, null);
        assertTrue(section(notes, "family_history").contains("father with alcohol use disorder"), "a 'Family history:' heading: "
                + section(notes, "family_history"));
        assertFalse(section(notes, "presenting_problem").isBlank(), "the first problem presented stands as the presenting problem");
    }

    @Test
    void a_clinician_named_dr_lastname_is_recognised_in_the_voice_rules_of_a_dap_note() {
        NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(Engines.session("grief-conversation.txt"),
                SessionType.Dap, false, Pronouns.FeminineHer, "Dr. Byron", null));
        assertTrue(section(note, "assessment").contains("Dr. Byron reflected that there is a lot of guilt there"),
                section(note, "assessment"));
        assertTrue(section(note, "plan").contains("Client was instructed to call 988"), "a safety instruction is plan, never cut: "
                + section(note, "plan"));
    }

    @Test
    void a_labelled_soap_note_keeps_each_line_under_its_label_and_repeats_nothing_in_the_subjective() {
        NoteDocument note = note("soap-labelled-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("stopped taking her sertraline 2 weeks ago"), subjective);
        assertFalse(subjective.contains("Worsening depressive"), "an assessment naming a medication is not the client's report: " + subjective);
        assertTrue(section(note, "objective").contains("PHQ-9: 14 (prev 9)"), section(note, "objective"));
        assertTrue(section(note, "assessment").contains("limited insight"), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("contact her PCP this week"), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    @Test
    void a_parent_speaking_in_the_session_is_reported_as_the_parent_never_as_the_client() {
        NoteDocument note = note("adolescent-with-parent.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        String data = section(note, "data");
        assertTrue(data.contains("Client's mother reports that he has been skipping classes"), data);
        assertTrue(data.contains("Client's mother reports that she will also email his math teacher about tutoring"), data);
        assertTrue(data.contains("that he just can't focus"), "'I just can't' keeps its verb: " + data);
        assertTrue(java.util.Arrays.stream(data.split("(?<=\\.) ")).filter(sentence -> sentence.contains("skipping classes"))
                .allMatch(sentence -> sentence.startsWith("Client's mother")), data);
        assertTrue(section(note, "assessment").contains("both of them are really frustrated"), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("Client was asked to notice the thought that everyone thinks he is stupid"),
                "the name addressed is not in the way: " + section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity(), "'wishing you weren't alive' asks about suicidal ideation");
    }

    @Test
    void a_dictation_in_the_clinicians_first_person_names_the_clinician_and_keeps_the_clients_quote_as_said() {
        NoteDocument note = note("dictated-first-person.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String all = whole(note);
        assertFalse(all.matches("(?s).*(?<![“\"\\w])I (?!actually).*"), "no clinician 'I' left outside the client's quote: " + all);
        assertTrue(all.contains("\"I actually stayed in the store until the feeling passed.\""), "the quote is untouched: " + all);
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("She told the therapist"), subjective);
        assertTrue(section(note, "assessment").contains("The therapist thinks her avoidance is decreasing"), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("The therapist gave her a new thought record"), "'I gave' → 'gave', not 'gaves': "
                + section(note, "plan"));
    }

    @Test
    void a_section_from_a_conversation_varies_how_it_reports_the_client_after_its_first_sentence() {
        NoteDocument note = note("anxiety-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        List<String> sentences = note.sections().get(0).sentences().stream().map(NoteSentence::text).toList();
        String firstReported = sentences.stream().filter(t -> !t.startsWith("When asked")).findFirst().orElseThrow();
        assertTrue(firstReported.startsWith("Client reports"), firstReported);
        long sameOpening = sentences.stream().filter(t -> t.startsWith("Client reports that")).count();
        assertTrue(sameOpening <= 1, "one 'Client reports that' per section: " + sentences);
        assertTrue(sentences.stream().anyMatch(t -> t.startsWith("She states that")), sentences.toString());
        NoteDocument notes = note("depression-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(notes, "subjective").contains("Client reports low mood"), "a clinician's own notes keep their wording");
    }

    @Test
    void a_bulleted_soap_note_keeps_its_bullets_under_their_headings_and_reads_its_shorthand() {
        NoteDocument note = note("soap-bullets-notes.txt", SessionType.Soap, Pronouns.NeutralThem, null);
        assertTrue(section(note, "subjective").contains("Using cannabis nightly to fall asleep"), section(note, "subjective"));
        assertTrue(section(note, "objective").contains("PHQ-9 = 19"), section(note, "objective"));
        assertTrue(section(note, "assessment").contains("passive suicidal ideation without plan or intent"), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("Follow-up 1 week, sooner if suicidal ideation increases"), section(note, "plan"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), "passive SI on Tuesday, denied today: " + si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "protective factors named", "crisis resources given");
        assertEquals("denied", risk(note, "self_harm").polarity(), "'denies SIB'");
    }

    @Test
    void the_headings_of_a_common_progress_note_are_read_as_what_they_head() {
        NoteDocument note = note("progress-note-headings.txt", SessionType.Standard, Pronouns.FeminineHer, null);
        String presentation = section(note, "presentation");
        assertTrue(presentation.startsWith("Client discussed ongoing conflict"), "'Session summary:' is not note text: " + presentation);
        assertTrue(section(note, "interventions").contains("Cognitive restructuring"), section(note, "interventions"));
        assertTrue(section(note, "assessment").contains("Moderate progress on goal 2"), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("Next appointment 12/09 at 3 pm"), section(note, "plan"));
        assertTrue(section(note, "mental_status").contains("Affect anxious"), section(note, "mental_status"));
        String all = whole(note);
        assertFalse(all.contains("Progress toward goals:") || all.contains("Recommendations:"), all);
    }

    @Test
    void captions_and_the_layouts_of_transcription_services_are_read_as_the_conversation_they_hold() {
        for (String transcript : List.of("grief-captions.vtt", "grief-speaker-lines.txt", "grief-timed-labels.txt")) {
            a_transcript_layout_is_read_as_the_conversation(transcript);
        }
    }

    private static void a_transcript_layout_is_read_as_the_conversation(String transcript) {
        NoteDocument note = note(transcript, SessionType.Soap, Pronouns.FeminineHer, null);
        assertEquals("conversation", note.inputShape());
        String all = whole(note);
        assertFalse(all.contains("-->") || all.contains("WEBVTT") || all.contains("0:07") || all.contains("Linda"), transcript + ": " + all);
        assertTrue(section(note, "subjective").contains("six months since her mom passed"), section(note, "subjective"));
        assertEquals("endorsed", risk(note, "suicidal_ideation").polarity());
    }

    // ---- a psychiatric medication follow-up (psych-med-followup.txt) -------------------------------

    @Test
    void a_short_answer_keeps_the_question_it_answers() {
        NoteDocument note = note("psych-med-followup.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("When asked \u201CAny side effects now? Sexual side effects, headaches, stomach problems?\u201D, "
                + "the client answered \u201CSome delayed ejaculation, honestly.\u201D"), subjective);
        // the short sentences that finish a short answer are part of it ("Less than before." alone says nothing)
        assertTrue(subjective.contains("When asked \u201CHow's your appetite?\u201D, the client answered \u201CNormal. I've gained maybe two pounds.\u201D"),
                subjective);
        assertTrue(subjective.contains("When asked \u201CAre you drinking alcohol?\u201D, the client answered "
                + "\u201CA couple of beers on the weekend. Less than before.\u201D"), subjective);
        assertFalse(subjective.contains("\u201CNo.\u201D"), "a bare no says nothing without the risk screen: " + subjective);
    }

    @Test
    void what_the_clinician_measures_and_observes_aloud_is_objective() {
        NoteDocument note = note("psych-med-followup.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        String objective = section(note, "objective");
        assertTrue(objective.contains("Therapist noted that his PHQ-9 today is 9, down from 17 at intake, and the GAD-7 is 8"), objective);
        assertTrue(objective.contains("Therapist observed that he is well groomed, speech is normal in rate and volume, and he seems brighter today"),
                objective);
        // said as notes are written, and kept so (it read "Therapist observed that thought process is linear.")
        assertTrue(objective.contains("Thought process is linear."), objective);
        assertFalse(section(note, "subjective").contains("PHQ-9"), section(note, "subjective"));
    }

    @Test
    void a_recommended_dose_change_the_follow_up_and_a_medication_to_continue_are_plan() {
        NoteDocument note = note("psych-med-followup.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist recommended increasing the sertraline to 100 milligrams daily, since he has had a partial "
                + "response and he is tolerating it."), plan);
        assertTrue(plan.contains("Next session: in four weeks."), plan);
        assertTrue(plan.contains("Client may continue hydroxyzine 25 milligrams as needed for acute anxiety"), plan);
        assertTrue(plan.contains("Therapist will send the new prescription to his pharmacy today."), plan);
        assertFalse(section(note, "subjective").contains("hydroxyzine 25"), section(note, "subjective"));
    }

    @Test
    void a_question_about_life_not_being_worth_living_screens_for_suicidal_ideation() {
        NoteDocument note = note("psych-med-followup.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity(), risk(note, "suicidal_ideation").summary());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    // ---- a general-practice consultation for low mood (gp-consult.txt) ------------------------------

    @Test
    void the_doctors_impression_said_aloud_is_the_assessment() {
        NoteDocument note = note("gp-consult.txt", SessionType.GpSoap, Pronouns.FeminineHer, null);
        assertEquals("The therapist thinks this is depression, probably brought on by the bereavement and the stress at work.",
                section(note, "assessment"));
        String examination = section(note, "objective");
        assertTrue(examination.contains("her PHQ-9 score is 16 today, which puts her in the moderately severe range"), examination);
        assertTrue(examination.contains("her blood pressure is 118 over 76 and her pulse is 72"), examination);
    }

    @Test
    void a_consultation_keeps_subjectless_answers_with_their_questions_and_the_safety_netting_reads_in_the_third_person() {
        NoteDocument note = note("gp-consult.txt", SessionType.GpSoap, Pronouns.FeminineHer, null);
        String complaint = section(note, "subjective");
        // (a general practice note speaks of the patient)
        assertTrue(complaint.contains("When asked \u201CAny alcohol?\u201D, the patient answered \u201CA glass of wine most nights to help me sleep.\u201D"),
                complaint);
        assertFalse(complaint.contains("that a glass of wine"), complaint);
        String management = section(note, "plan");
        assertTrue(management.contains("if she ever feels she might act on those thoughts"), management);
        assertTrue(management.contains("recommended starting an antidepressant, sertraline 50 milligrams once a day"), management);
        assertTrue(management.contains("Next session: in two weeks"), management);
        assertEquals("endorsed", risk(note, "suicidal_ideation").polarity());
        assertTrue(risk(note, "suicidal_ideation").summary().contains("plan denied"), risk(note, "suicidal_ideation").summary());
    }

    // ---- motivational interviewing about alcohol, with a plan (mi-alcohol.txt, plan-alcohol.md) ------

    @Test
    void the_plan_is_matched_in_the_clients_words_and_a_goal_is_touched_through_its_objective() {
        NoteDocument note = note("mi-alcohol.txt", SessionType.Birp, Pronouns.MasculineHim, "plan-alcohol.md");
        List<String> touched = note.treatmentPlan().stream().map(l -> l.kind() + ": " + l.item()).toList();
        assertTrue(touched.contains("objective: Track all alcohol use daily for 8 weeks."), "'track each drink' is the tracking objective: " + touched);
        assertTrue(touched.contains("goal: Reduce alcohol use to no more than 2 drinks on any day and no more than 2 drinking days a week."),
                "the goal its objective serves: " + touched);
        assertTrue(touched.stream().noneMatch(t -> t.contains("spouse") || t.contains("mood") || t.contains("communication")),
                "the mood and marital goals were not worked on: " + touched);
    }

    @Test
    void an_importance_ruler_is_an_intervention_of_motivational_interviewing() {
        NoteDocument note = note("mi-alcohol.txt", SessionType.Birp, Pronouns.MasculineHim, "plan-alcohol.md");
        assertTrue(section(note, "intervention").contains("Therapist used an importance ruler (motivational interviewing)."),
                section(note, "intervention"));
        assertTrue(note.treatmentPlan().stream().anyMatch(l -> l.kind().equals("intervention") && l.item().equals("Motivational interviewing")),
                note.treatmentPlan().toString());
    }

    @Test
    void continuations_and_answers_read_as_whole_sentences() {
        NoteDocument note = note("mi-alcohol.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        String behaviour = section(note, "behaviour");
        assertFalse(behaviour.contains("that that"), behaviour);
        // an answer in the form of a clause keeps its question (the daughter "noticed", not the client)
        String all = whole(note);
        assertTrue(all.contains("When asked \u201CMissing her meet really stung. What did that tell you?\u201D, the client answered "
                + "\u201CThat it's not just about my liver anymore. She noticed.\u201D"), all);
        assertFalse(behaviour.contains("that leave by eight"), "a subject left in the sentence before is not invented: " + behaviour);
        assertTrue(behaviour.contains("sleep is a bit worse the first night"), behaviour);
        assertTrue(section(note, "plan").contains("note what was going on when he drank"), section(note, "plan"));
    }

    // ---- terse follow-up notes in charting shorthand (shorthand-followup-notes.txt) -------------------

    @Test
    void charting_shorthand_is_written_out_and_what_the_client_did_is_subjective() {
        NoteDocument note = note("shorthand-followup-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("seen for follow-up of MDD and alcohol use"), "a follow-up visit is not the plan: " + subjective);
        assertTrue(subjective.contains("Client continues to drink 3-4 beers/night."), subjective);
        assertTrue(subjective.contains("Client missed 2 days of work this week."), subjective);
        assertTrue(section(note, "objective").contains("thought process linear, thought content without delusions"),
                section(note, "objective"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Return to clinic in 2 weeks."), plan);
        assertTrue(plan.contains("Refer to psychiatry for medication evaluation."), plan);
        assertFalse(plan.contains("Missed"), plan);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertTrue(risk(note, "suicidal_ideation").summary().contains("history of suicidal ideation"), risk(note, "suicidal_ideation").summary());
    }

    // ---- an adolescent session: cyberbullying, a passive death wish, past scratching (adolescent-cyberbullying.txt)

    @Test
    void no_plan_is_invented_where_the_client_says_she_has_none() {
        NoteDocument note = note("adolescent-cyberbullying.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String si = risk(note, "suicidal_ideation").summary();
        assertEquals("endorsed", risk(note, "suicidal_ideation").polarity(), si);
        assertTrue(si.contains("plan denied") && !si.contains("plan endorsed"), "\"I don't have a plan or anything\": " + si);
        assertTrue(si.contains("intent denied"), si);
        assertEquals("endorsed", risk(note, "self_harm").polarity(), "scratching her arm with a pin last month");
    }

    @Test
    void a_proposal_with_a_tag_question_and_what_the_clinician_will_do_are_kept() {
        NoteDocument note = note("adolescent-cyberbullying.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String all = whole(note);
        assertTrue(all.contains("developed a safety plan together today"), "'..., is that okay?' is a proposal: " + all);
        assertTrue(section(note, "plan").contains("Therapist will reach out to the school counselor about the group chat, with her permission."),
                section(note, "plan"));
        assertTrue(all.contains("When asked \u201CHow was your week?\u201D"), "the greeting and the name are not part of the question: " + all);
        // "Okay. Just don't tell her about the scratching.": after the bare okay, the answer to the proposal, kept with it
        assertTrue(all.contains("is that okay?\u201D, the client answered \u201CJust don't tell her about the scratching.\u201D"), all);
    }

    // ---- trauma-focused CBT after a car accident (ptsd-driving-transcript.txt) ---------------------

    @Test
    void what_the_client_says_of_another_man_is_not_reported_as_the_clients_own_act() {
        NoteDocument note = note("ptsd-driving-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        // the truck driver ran the red light, not the client: quoted with the question it answers, never "He states that he ran"
        assertTrue(subjective.contains("When asked \u201CWhat did the police report say about the truck?\u201D, the client answered "
                + "\u201CThat he ran the red light. He was going about sixty.\u201D"), subjective);
        assertFalse(subjective.matches("(?s).*\\b(?:reports|states|adds|notes|explains) that he (?:ran the red light|was going about sixty).*"),
                subjective);
        // "You mentioned last month you were using alcohol": the client mentioned it, not the therapist
        assertTrue(subjective.contains("Therapist stated that the client mentioned last month he was using alcohol to get to sleep"), subjective);
    }

    @Test
    void a_short_answer_keeps_the_short_sentences_that_finish_it() {
        NoteDocument note = note("ptsd-driving-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String all = whole(note);
        // the belief rating before and after the restructuring: "Now maybe sixty." alone was dropped
        assertTrue(all.contains("the client answered \u201CBefore, I'd say ninety. Now maybe sixty.\u201D"), all);
        assertTrue(all.contains("the client answered \u201CPretty rough. The nightmares came back.\u201D"), all);
        // a risk answer is not swallowed into another quotation
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    @Test
    void a_score_read_out_after_its_instrument_is_named_keeps_the_instruments_name() {
        NoteDocument note = note("ptsd-driving-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertTrue(section(note, "objective").contains("Therapist noted that his PCL-5 score today is 52, up from 44 two weeks ago"),
                section(note, "objective"));
    }

    @Test
    void a_step_agreed_on_for_the_week_is_plan_not_practice_done_in_session() {
        NoteDocument note = note("ptsd-driving-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist and client agreed to try one small step with driving: sit in the driver's seat of his car"), plan);
        assertTrue(plan.contains("Client was asked to finish the impact statement"), plan);
        // "We'll also keep using the grounding exercise ...": the client goes on with a skill
        assertTrue(plan.contains("Client will continue using the grounding exercise when he wakes from a nightmare"), plan);
        String all = whole(note);
        assertFalse(all.contains("practiced one small step"), all);
        // "I want to check in about safety, as we do each week" is done now, not planned
        assertTrue(all.contains("Therapist checked in about safety"), all);
        assertFalse(all.contains("will check in about safety"), all);
        // in session, "Let's try the breathing exercise ..." stays practice (anxiety-transcript.txt)
        assertTrue(section(note("anxiety-transcript.txt", SessionType.Girp, Pronouns.FeminineHer, null), "intervention")
                .contains("practiced the breathing exercise"));
    }

    // ---- CBT for panic disorder, the clinician's notes (panic-cbt-notes.txt) -------------------------

    @Test
    void the_girp_goal_holds_what_the_session_was_for() {
        NoteDocument note = note("panic-cbt-notes.txt", SessionType.Girp, Pronouns.FeminineHer, null);
        assertTrue(section(note, "goal").startsWith("Session 6 of CBT for panic disorder."), section(note, "goal"));
        assertFalse(section(note, "intervention").contains("Session 6"), section(note, "intervention"));
        assertTrue(section(note, "intervention").contains("Conducted interoceptive exposure"), section(note, "intervention"));
    }

    @Test
    void what_the_client_did_between_sessions_is_charted_with_the_client_as_subject() {
        NoteDocument note = note("panic-cbt-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String all = whole(note);
        assertTrue(all.contains("Client rated peak anxiety 8/10 and 6/10."), all);
        assertTrue(all.contains("Client used paced breathing during the second attack"), all);
        assertTrue(all.contains("Client is still avoiding crowded stores"), all);
        // what the clinician did in session keeps the clinician's elided subject
        assertTrue(all.contains("Reviewed panic diary."), all);
        assertFalse(section(note, "plan").contains("Client used paced breathing"), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a young adult with depression and passive death wishes, pronouns they/them (young-adult-depression-they.txt) ----

    @Test
    void what_the_clinician_proposes_or_asks_politely_for_the_week_is_plan() {
        NoteDocument note = note("young-adult-depression-they.txt", SessionType.Soap, Pronouns.NeutralThem, null);
        String plan = section(note, "plan");
        // homework asked as a question: "For this week, could you try getting out of your room ... each day?"
        assertTrue(plan.contains("Client was asked to try getting out of their room for one short walk each day"), plan);
        // "I'm going to recommend we meet weekly ..., and I'd like to refer you to Dr. Okafor ... How does that sound?"
        assertTrue(plan.contains("Therapist recommended that they meet weekly instead of every two weeks"), plan);
        assertTrue(plan.contains("refer them to Dr. Okafor for a medication evaluation"), plan);
        // "I'd like us to make a safety plan today"
        assertTrue(plan.contains("Therapist and client developed a safety plan today"), plan);
        assertTrue(plan.contains("Client was instructed to call or text 988"), plan);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertQualified(si, "passive", "plan denied", "firearms reported locked away");
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("When asked \u201CWhen you think about the future, what comes up?\u201D, the client answered "
                + "\u201CThat nothing is going to get better.\u201D"), subjective);
        assertFalse(subjective.contains("that that"), subjective);
    }

    // ---- guilt after a brother's suicide attempt (sibling-attempt-guilt.txt) -------------------------

    @Test
    void a_brothers_attempt_is_exposure_not_the_clients_ideation_and_the_screening_answer_stays_in_the_risk_section() {
        NoteDocument note = note("sibling-attempt-guilt.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("exposure to suicide"), si.summary());
        assertFalse(si.summary().contains("history of a suicide attempt"), si.summary());
        String data = section(note, "data");
        assertTrue(data.contains("her brother tried to kill himself last month"), data);
        assertFalse(data.contains("Seeing what it did to my family"), "the screening answer is quoted in the risk section only: " + data);
        // "That it's not their fault. That they couldn't have known.": an answer in the form of a clause keeps its question
        assertTrue(data.contains("When asked \u201CWhat would you say to a friend who told you the same thing?\u201D, the client answered "
                + "\u201CThat it's not their fault. That they couldn't have known.\u201D"), data);
    }

    @Test
    void the_clients_answer_to_a_proposal_is_the_response_to_it_with_what_was_proposed() {
        NoteDocument birp = note("young-adult-depression-they.txt", SessionType.Birp, Pronouns.NeutralThem, null);
        String response = section(birp, "response");
        // "How does that sound?" asks about the sentence before it
        assertTrue(response.contains("and I'd like to refer you to Dr. Okafor for a medication evaluation. How does that sound?\u201D, "
                + "the client answered \u201CThat's okay. I'm nervous about medication.\u201D"), response);
        // "I can try." alone would be small talk; as the answer to the week's task it is the client's response
        assertTrue(response.contains("could you try getting out of your room for one short walk each day, even ten minutes?\u201D, "
                + "the client answered \u201CI can try.\u201D"), response);
        assertFalse(section(note("young-adult-depression-they.txt", SessionType.Soap, Pronouns.NeutralThem, null), "assessment").isEmpty());
    }

    // ---- conflict with a partner, with an intimate-partner violence screen (partner-conflict-transcript.txt) ----------

    @Test
    void a_partner_violence_screen_answered_no_is_charted_as_denied_with_the_answers() {
        NoteDocument note = note("partner-conflict-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("No, never. He's never been physical. He yells sometimes, that's it."), abuse.summary());
        assertTrue(abuse.summary().contains("No, not at all."), abuse.summary());
        // the preface to the screen is no plan of the clinician's
        assertFalse(whole(note).contains("make sure"), whole(note));
    }

    @Test
    void a_self_rating_and_an_answer_that_leaves_its_topic_to_the_question_keep_the_question() {
        NoteDocument note = note("partner-conflict-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("When asked \u201COn a scale from zero to ten, how satisfied are you with the relationship this "
                + "week?\u201D, the client answered \u201CMaybe a four.\u201D"), subjective);
        assertTrue(subjective.contains("When asked \u201CHow has your sleep been?\u201D, the client answered \u201CI'm getting maybe five "
                + "hours.\u201D"), subjective);
        // what happened when she tried the skill is kept among the session's longer reports
        assertTrue(subjective.contains("Sam followed her into the bedroom and kept shouting"), subjective);
    }

    @Test
    void the_skill_practised_today_is_an_intervention_and_the_clinicians_you_will_is_the_clients() {
        NoteDocument birp = note("partner-conflict-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String intervention = section(birp, "intervention");
        assertTrue(intervention.contains("Therapist and client practiced a softened start-up."), intervention);
        assertTrue(intervention.contains("that fear that she'll never get any space"), intervention);
        assertTrue(section(birp, "plan").contains("tell Sam when she'll return"), section(birp, "plan"));
        assertFalse(whole(birp).contains("her'll"), whole(birp));
    }

    // ---- psychiatric follow-up for schizophrenia, in the psychiatrist's notes (psychosis-followup-notes.txt) ----------

    @Test
    void a_mental_status_exam_under_one_heading_goes_finding_by_finding_into_the_mse_sections() {
        NoteDocument mse = note("psychosis-followup-notes.txt", SessionType.Mse, Pronouns.MasculineHim, null);
        assertEquals("Casually dressed, fair hygiene.", section(mse, "appearance"));
        assertEquals("Calm, cooperative, limited eye contact.", section(mse, "behaviour"));
        assertEquals("Speech soft, slowed.", section(mse, "speech"));
        assertTrue(section(mse, "affect").startsWith("Affect blunted."), section(mse, "affect"));
        assertTrue(section(mse, "thought_process").startsWith("Thought process linear but concrete."), section(mse, "thought_process"));
        assertTrue(section(mse, "perception").contains("endorses auditory hallucinations, not responding to internal stimuli"), section(mse, "perception"));
        // after "Perception: ..." on the same line, the next findings are not perception
        assertEquals("Alert and oriented x3.", section(mse, "cognition"));
        assertTrue(section(mse, "insight").startsWith("Insight partial"), section(mse, "insight"));
    }

    @Test
    void cutting_down_a_substance_is_not_self_harm_and_vs_does_not_end_a_sentence() {
        NoteDocument note = note("psychosis-followup-notes.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        assertEquals("not_assessed", risk(note, "self_harm").polarity(), risk(note, "self_harm").summary());
        assertTrue(section(note, "plan").contains("agreed to try cutting to once a week"), section(note, "plan"));
        assertTrue(section(note, "assessment").contains("Mild dystonia-like neck stiffness vs. muscle tension."), section(note, "assessment"));
    }

    @Test
    void symptoms_reported_in_shorthand_are_subjective_and_rating_scales_objective() {
        NoteDocument note = note("psychosis-followup-notes.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("Sleep improved to 7-8 hours."), subjective);
        assertTrue(subjective.contains("Client denies command auditory hallucinations."), subjective);
        assertTrue(section(note, "objective").contains("AIMS 0."), section(note, "objective"));
        assertFalse(section(note, "assessment").contains("Sleep improved"), section(note, "assessment"));
    }

    // ---- exposure and response prevention for contamination OCD (ocd-erp-transcript.txt) ------------------------

    @Test
    void a_bare_yes_keeps_its_question_and_the_sentence_that_says_when() {
        NoteDocument note = note("ocd-erp-transcript.txt", SessionType.Birp, Pronouns.NeutralThem, null);
        String behaviour = section(note, "behaviour");
        assertTrue(behaviour.contains("When asked \u201CHave the intrusive thoughts about contaminating your little sister come up this "
                + "week?\u201D, the client answered \u201CYes. Every time I pick her up from school.\u201D"), behaviour);
        // the report on the week's homework is the client's report, not the plan
        assertTrue(behaviour.contains("how did the exposure homework go this week?\u201D, the client answered \u201CNot great.\u201D"),
                behaviour);
        // "two of them" (exposures) does not make "they" ambiguous: the client is "they", not "the client"
        assertTrue(behaviour.contains("they still washed their hands after two of them"), behaviour);
        assertTrue(behaviour.contains("like the therapist told her"), behaviour);
    }

    @Test
    void guidance_during_an_exposure_is_an_intervention_and_the_preface_to_a_screen_a_check_in() {
        NoteDocument note = note("ocd-erp-transcript.txt", SessionType.Birp, Pronouns.NeutralThem, null);
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("Therapist guided the client to notice the urge, and let it be there."), intervention);
        assertTrue(intervention.contains("Therapist stated that this is their brain learning"), intervention);
        assertFalse(whole(note).contains("Therapist will check in"), whole(note));
        String plan = section(note, "plan");
        assertTrue(plan.contains("how to respond when they ask for reassurance"), plan);
        assertFalse(plan.contains("notice the urge"), plan);
    }

    // ---- a relapse on fentanyl with an accidental overdose, in the counsellor's notes (oud-relapse-notes.txt) --------

    @Test
    void an_accidental_overdose_is_not_a_suicide_attempt_but_is_named_beside_the_denial() {
        NoteDocument note = note("oud-relapse-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertFalse(si.summary().contains("history of a suicide attempt"), si.summary());
        assertTrue(si.summary().contains("accidental overdose reported"), si.summary());
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("client reports feeling unsafe"), abuse.summary());
        // "Used twice over the weekend" is the client's use, not the clinician's intervention
        assertTrue(section(note, "behaviour").contains("Client used twice over the weekend."), section(note, "behaviour"));
        assertFalse(section(note, "intervention").contains("twice"), section(note, "intervention"));
    }

    // ---- a biopsychosocial intake of an adolescent with an eating disorder (bps-eating-intake.txt) -------------------

    @Test
    void an_answer_opening_without_subject_or_verb_is_quoted_with_its_question() {
        NoteDocument note = note("bps-eating-intake.txt", SessionType.Bps, Pronouns.FeminineHer, null);
        String all = whole(note);
        assertTrue(all.contains("When asked \u201CWhat does a typical day of eating look like right now?\u201D, the client answered "
                + "\u201CBlack coffee in the morning, maybe an apple at lunch"), all);
        assertFalse(all.contains("reports that Black coffee"), all);
        assertTrue(all.contains("When asked \u201CHow is school going?\u201D, the client answered \u201CI'm a junior. Straight A's, but "
                + "I'm exhausted all the time.\u201D"), all);
        assertTrue(all.contains("she quit the swim team in October"), all);
    }

    @Test
    void strengths_family_history_and_the_impression_said_aloud_find_their_sections() {
        NoteDocument note = note("bps-eating-intake.txt", SessionType.Bps, Pronouns.FeminineHer, null);
        // (the sentence that finishes the answer opens without subject or verb: "And my brother, he's eight, ...")
        assertTrue(section(note, "strengths").contains("the client answered \u201CI draw. And my brother, he's eight"), section(note, "strengths"));
        assertTrue(section(note, "family_history").contains("My aunt had anorexia"), section(note, "family_history"));
        assertTrue(section(note, "formulation").contains("Therapist thinks this sounds like a serious eating disorder, most likely "
                + "anorexia nervosa"), section(note, "formulation"));
        assertTrue(section(note, "recommendations").contains("or she faints again"), section(note, "recommendations"));
    }

    @Test
    void a_clear_answer_about_self_harm_settles_the_unclear_one_to_a_combined_question() {
        NoteDocument note = note("bps-eating-intake.txt", SessionType.Bps, Pronouns.FeminineHer, null);
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertFalse(selfHarm.summary().contains("disappeared"), selfHarm.summary());
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive"), si.summary());
    }

    // ---- a clinician's dictated narrative in the first person, with a treatment plan (dictated-narrative-notes.txt) ----

    @Test
    void the_clinicians_i_and_we_inside_a_sentence_about_the_client_are_the_therapist_and_both() {
        NoteDocument note = note("dictated-narrative-notes.txt", SessionType.Soap, Pronouns.MasculineHim, "plan-gad.md");
        String all = whole(note);
        assertTrue(all.contains("He completed two of the three worry logs the therapist asked him to do."), all);
        assertTrue(all.contains("Therapist and client practiced scheduled worry time and the therapist introduced the decatastrophizing "
                + "worksheet"), all);
        assertFalse(all.contains("logs I asked") || all.contains("and I introduced"), all);
        assertTrue(section(note, "subjective").contains("He rated his anxiety a 7 out of 10 on average."), section(note, "subjective"));
    }

    @Test
    void a_plan_goal_named_in_two_words_and_an_intervention_list_in_parentheses_are_read_whole() {
        NoteDocument note = note("dictated-narrative-notes.txt", SessionType.Girp, Pronouns.MasculineHim, "plan-gad.md");
        String goal = section(note, "goal");
        assertTrue(goal.contains("Intervention used: CBT for GAD (worry logs, scheduled worry time, decatastrophizing)."), goal);
        assertFalse(goal.contains("Intervention used: CBT for GAD (worry logs."), goal);
        // the sleep objective was worked on, so its goal "## Goal 2: Improve sleep" is named
        assertTrue(goal.contains("Goal addressed: Improve sleep."), goal);
    }

    // ---- a crisis session: active suicidal ideation with a plan, the means at home and a past attempt ---------------

    @Test
    void a_crisis_session_charts_active_ideation_plan_attempt_history_and_what_was_done() {
        NoteDocument note = note("crisis-active-si.txt", SessionType.Soap, Pronouns.NeutralThem, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "Do you have a plan ...?" "The car. Or I have a bottle of oxycodone ...": a method named is a plan
        assertQualified(si, "active thoughts", "plan endorsed", "history of a suicide attempt", "means restriction agreed",
                "crisis resources given", "protective factors named", "no access to firearms or weapons reported");
        assertFalse(si.summary().contains("passive"), si.summary());
        // the urge rated aloud is the client's report; the clinician's concern is the assessment
        assertTrue(section(note, "subjective").contains("how strong is the urge to act on these thoughts right now?\u201D, the client "
                + "answered \u201CMaybe a seven.\u201D"), section(note, "subjective"));
        assertTrue(section(note, "assessment").contains("Therapist is concerned about their safety right now."), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("Client was asked to go to the emergency department"), section(note, "plan"));
        assertFalse(whole(note).contains("stated that Given"), whole(note));
    }

    // ---- cognitive processing therapy with a veteran (cpt-veteran-transcript.txt) ----------------------------------

    @Test
    void a_quotation_in_the_clients_words_stays_word_for_word_and_a_belief_rating_keeps_its_question() {
        NoteDocument note = note("cpt-veteran-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String all = whole(note);
        assertTrue(all.contains("the big one was \"It was my fault that Ramirez died, I should have seen the IED.\""), all);
        assertTrue(all.contains("from zero to one hundred percent?\u201D, the client answered \u201CBefore we started it was a hundred. Now "
                + "maybe seventy.\u201D"), all);
        assertTrue(section(note, "plan").contains("read his impact statement out loud once to his wife if he feels ready"),
                section(note, "plan"));
    }

    @Test
    void a_firearm_moved_to_a_safe_is_named_beside_a_denial() {
        RiskFinding si = risk(note("cpt-veteran-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null), "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("firearms reported locked away"), si.summary());
    }

    // ---- a DBT chain analysis with urges to self-harm not acted on (dbt-chain-analysis.txt) -------------------------

    @Test
    void urges_to_self_harm_reflected_from_a_diary_card_are_endorsed_and_not_acted_on_with_the_history_kept() {
        NoteDocument note = note("dbt-chain-analysis.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding selfHarm = risk(note, "self_harm");
        // "I see Tuesday has a five for urges to self-harm", "like I needed to cut", "Did you act on the urge?" "No."
        assertEquals("endorsed", selfHarm.polarity(), selfHarm.summary());
        assertQualified(selfHarm, "urges not acted on", "history of self-harm", "crisis resources given");
        assertTrue(selfHarm.summary().contains("clinician reflected \u201CI see Tuesday has a five for urges to self-harm.\u201D"),
                selfHarm.summary());
        // "No. Not this week. The last time was in the spring.": denied now, with the history a clinician must see
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("history of suicidal ideation"), si.summary());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("not_assessed", risk(note, "abuse").polarity());
    }

    @Test
    void an_observation_after_i_notice_is_objective_and_had_is_not_would() {
        NoteDocument note = note("dbt-chain-analysis.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "objective").contains("Therapist observed that she is making good eye contact today and she is "
                + "smiling more than last week."), section(note, "objective"));
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("she had only slept about four hours"), subjective); // "I'd only slept like four hours"
        // a capitalised opening the input writes in lower case elsewhere is a common word: "Midnight is hard"
        assertTrue(subjective.contains("that midnight is hard"), subjective);
        assertTrue(subjective.contains("that group has been helping too"), subjective);
    }

    // ---- postpartum depression with intrusive thoughts, a psychiatric SOAP from notes (postpartum-notes.txt) -------------

    @Test
    void a_mothers_passive_wish_in_her_own_words_is_passive_ideation_with_the_documented_level() {
        NoteDocument note = note("postpartum-notes.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        // "Denies SI, plan or intent; endorses passive thoughts that "everyone would be better off with a different mom" two
        // weeks ago": the denial of the present does not hide the passive wish of two weeks ago
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "no history of attempts reported",
                "crisis resources given", "risk level documented as low");
        // intrusive, ego-dystonic thoughts of harm coming to the baby are not homicidal ideation
        assertEquals("denied", risk(note, "homicidal_ideation").polarity(), risk(note, "homicidal_ideation").summary());
    }

    @Test
    void under_a_presentation_heading_what_was_seen_is_objective_and_what_was_told_subjective() {
        NoteDocument note = note("postpartum-notes.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        String objective = section(note, "objective");
        for (String seen : List.of("Casually dressed, hair unwashed", "Affect constricted and tearful at times", "Speech normal rate, soft",
                "Thought process linear", "Insight good", "Judgment intact", "EPDS today 16")) {
            assertTrue(objective.contains(seen), seen + " in " + objective);
        }
        assertFalse(section(note, "subjective").contains("Affect constricted"), section(note, "subjective"));
        assertTrue(whole(note).contains("Client is a 31-year-old female"), whole(note)); // "31 y/o"
    }

    // ---- an older carer of a wife with dementia, GIRP with a treatment plan (caregiver-grief-transcript.txt) ----------

    @Test
    void a_carers_screen_is_charted_as_asked_and_a_thought_opened_by_sometimes_is_not_a_yes() {
        NoteDocument note = note("caregiver-grief-transcript.txt", SessionType.Girp, Pronouns.MasculineHim, "plan-caregiver.md");
        // "Sometimes I think, what happens to her if something happens to me. But no, I don't want to die." was endorsed
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("But no, I don't want to die."), si.summary());
        // "Has anyone hurt Rosa, or have you ever ... worried you might hurt her?", money taken without permission:
        // the elder-abuse screen and its answers (it was "not addressed")
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("\u201CNo. My nephew keeps asking to borrow money"), abuse.summary());
        assertTrue(abuse.summary().contains("I would never hurt her."), abuse.summary());
    }

    @Test
    void a_breathing_instruction_spelled_out_is_what_was_practised_and_the_carers_goals_are_named() {
        NoteDocument note = note("caregiver-grief-transcript.txt", SessionType.Girp, Pronouns.MasculineHim, "plan-caregiver.md");
        // (the breathing spelled out after it is what was practised: one sentence)
        assertTrue(section(note, "intervention").contains("for the moments he feels his voice rising: breathe in for four, hold, out for six."),
                section(note, "intervention"));
        assertFalse(whole(note).contains("stated that Breathe"), whole(note));
        assertTrue(section(note, "response").contains("that forty-six years married"), section(note, "response"));
        String goals = section(note, "goal");
        assertTrue(goals.contains("Reduce caregiver strain and increase respite."), goals);
        assertTrue(goals.contains("Client will manage frustration without yelling."), goals);
        assertTrue(goals.contains("Client will attend a caregiver support group at least twice a month."), goals);
    }

    // ---- social anxiety with everyday idioms, HeadwaySoap (social-anxiety-idioms.txt) ----------------------------------

    @Test
    void idioms_are_not_risks_and_a_threat_the_client_calls_an_expression_is_charted_with_the_clarification() {
        NoteDocument note = note("social-anxiety-idioms.txt", SessionType.HeadwaySoap, Pronouns.NeutralThem, null);
        // "I wanted to disappear into the floor", "dying of embarrassment", "work is killing me": no risk
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertFalse(si.summary().contains("passive"), si.summary());
        // "I swear I'm going to kill him." then "do you have any thoughts of actually hurting him ...?" "No, no, it's just an
        // expression.": the words stay in the finding, with what the client said they meant
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        assertTrue(hi.summary().contains("clarified as a figure of speech"), hi.summary());
        assertTrue(hi.summary().contains("I swear I'm going to kill him."), hi.summary());
    }

    @Test
    void homework_with_its_rules_is_the_plan_and_the_clinicians_view_of_progress_the_assessment() {
        NoteDocument note = note("social-anxiety-idioms.txt", SessionType.HeadwaySoap, Pronouns.NeutralThem, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was asked, for this week, to do two more experiments: say one thing in standup on two days, "
                + "and write down their prediction before and what happened after; no work messages after ten; phone on the charger "
                + "in the kitchen."), plan);
        assertTrue(section(note, "assessment").contains("Therapist assessed that the exposure work is paying off"),
                section(note, "assessment"));
        assertFalse(whole(note).contains("My god"), whole(note)); // "Oh my god." is an exclamation, not an answer
    }

    // ---- EMDR desensitisation in a transcript (emdr-desensitization-transcript.txt) ----------------------------------

    @Test
    void an_emdr_transcript_shows_its_phases_and_sets_and_keeps_the_cognitions_word_for_word() {
        NoteDocument note = note("emdr-desensitization-transcript.txt", SessionType.Emdr, Pronouns.MasculineHim, null);
        assertEquals("Phases 3 (assessment), 4 (desensitization), 7 (closure), 8 (reevaluation) (from the session's own words).",
                section(note, "phase"));
        assertTrue(section(note, "bls").contains("At least 5 sets of bilateral stimulation"), section(note, "bls"));
        // the instruction's cognition stays as the client said it (it was "the words "the therapist is not safe"")
        assertTrue(section(note, "bls").contains("Therapist guided the client to bring up the picture, the words \"I'm not safe\""),
                section(note, "bls"));
        assertTrue(section(note, "target").contains("The headlights coming at me through the rain"), section(note, "target"));
        assertTrue(section(note, "positive_cognition").contains("I survived"), section(note, "positive_cognition"));
        // asked before the first set, where the client feels it is part of the target's assessment
        assertTrue(section(note, "target").contains("the client answered \u201CMy chest and my hands.\u201D"), section(note, "target"));
        assertTrue(section(note, "plan").contains("write a short note in his log"), section(note, "plan"));
        assertFalse(whole(note).contains("therapist is not safe"), whole(note));
    }

    @Test
    void a_count_of_sets_the_clinician_gave_is_not_contradicted_and_a_phase_finished_last_session_is_not_this_ones() {
        NoteDocument note = note("emdr-conversation.txt", SessionType.Emdr, Pronouns.FeminineHer, null);
        assertTrue(section(note, "bls").contains("completed about 12 sets today"), section(note, "bls"));
        assertFalse(section(note, "bls").contains("At least"), section(note, "bls"));
        // "Last session we finished preparation": this session's phases only
        assertEquals("Phases 3 (assessment), 4 (desensitization) (from the session's own words).", section(note, "phase"));
    }

    // ---- a psychiatric intake in the abbreviations of psychiatric notes (psych-intake-abbrev-notes.txt) ---------------

    @Test
    void abbreviated_headings_of_psychiatric_notes_find_their_sections() {
        NoteDocument note = note("psych-intake-abbrev-notes.txt", SessionType.PsychiatricIntake, Pronouns.MasculineHim, null);
        // "PPH:", "PMH:", "SUD:", "FH:", "SH:", "ID:" were not headings: their lines landed elsewhere, label and all
        assertTrue(section(note, "psychiatric_history").startsWith("MDD at 19, sertraline 50 mg for 4 months"), section(note, "psychiatric_history"));
        assertTrue(section(note, "medical_history").startsWith("Asthma, albuterol PRN."), section(note, "medical_history"));
        assertTrue(section(note, "substance_use").contains("Cannabis daily for 2 weeks"), section(note, "substance_use"));
        assertTrue(section(note, "family_social").contains("Mother bipolar I, hospitalized twice."), section(note, "family_social"));
        assertTrue(section(note, "family_social").contains("Client lives in off-campus apartment with 1 roommate."), section(note, "family_social"));
        assertTrue(section(note, "referral_source").contains("self-referred via student health"), section(note, "referral_source"));
        assertFalse(whole(note).matches("(?s).*\\b(?:PPH|PMH|SUD|FH|SH|ID|A/P):.*"), whole(note));
    }

    @Test
    void under_assessment_and_plan_the_reading_is_the_assessment_and_the_orders_the_plan() {
        NoteDocument note = note("psych-intake-abbrev-notes.txt", SessionType.PsychiatricIntake, Pronouns.MasculineHim, null);
        String impression = section(note, "impression");
        assertTrue(impression.contains("Manic episode, likely unmasked by prior SSRI."), impression);
        assertTrue(impression.contains("Risk to self low-moderate given impulsivity"), impression);
        String medications = section(note, "medication_plan");
        assertTrue(medications.contains("Start lithium 300 mg BID"), medications);
        assertTrue(medications.contains("Quetiapine 100 mg qhs PRN sleep."), medications);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Return in 1 week; crisis line and 988 given."), plan);
        assertTrue(plan.contains("family meeting this week"), plan);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("risk level documented as low-moderate"), si.summary());
        assertTrue(si.summary().contains("exposure to suicide"), si.summary()); // "Paternal uncle died by suicide."
    }

    // ---- a general practitioner's consultation for low mood (gp-low-mood-notes.txt) -----------------------------------

    @Test
    void a_gps_abbreviations_find_their_sections_and_a_nil_keeps_its_heading() {
        NoteDocument note = note("gp-low-mood-notes.txt", SessionType.GpSoap, Pronouns.MasculineHim, null);
        // "PC:" is the presenting complaint here (in an EMDR note, the positive cognition): it was under Management
        assertTrue(section(note, "subjective").startsWith("Low mood and poor sleep for 2 months."), section(note, "subjective"));
        assertFalse(section(note, "plan").contains("Low mood and poor sleep"), section(note, "plan"));
        // "PMH: nil. DH: nil regular.": a bare "Nil." says nothing
        assertTrue(section(note, "subjective").contains("PMH: nil. DH: nil regular."), section(note, "subjective"));
        String exam = section(note, "objective");
        for (String seen : List.of("Well kempt, good eye contact", "No evidence of psychosis.", "Insight good.", "BP 132/84")) {
            assertTrue(exam.contains(seen), seen + " in " + exam);
        }
    }

    @Test
    void a_gps_impression_naming_a_death_wish_stays_the_assessment_and_the_finding_keeps_the_documented_level() {
        NoteDocument note = note("gp-low-mood-notes.txt", SessionType.GpSoap, Pronouns.MasculineHim, null);
        // "Imp: moderate-severe depressive episode, with passive death wish, low immediate risk.": the impression stays in the
        // assessment although it names a risk
        assertTrue(section(note, "assessment").startsWith("Moderate-severe depressive episode, with passive death wish"), section(note, "assessment"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "no history of attempts reported", "risk level documented as low");
    }

    @Test
    void positive_cognition_spelled_out_stays_an_emdr_finding_in_any_template() {
        NoteDocument note = note("emdr-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertFalse(section(note, "subjective").contains("I survived and I am safe now"), section(note, "subjective"));
        assertTrue(whole(note).contains("\"I survived and I am safe now.\""), whole(note)); // kept, where it was before "PC" meant more
    }

    @Test
    void markdown_headings_bold_or_hashed_are_headings() {
        String plain = Engines.session("soap-labelled-notes.txt");
        String expected = NoteRendering.markdown(note("soap-labelled-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null));
        for (String marked : List.of(plain.replaceAll("(?m)^([SOAP]):", "**$1:**"), plain.replaceAll("(?m)^([SOAP]):", "**$1**:"),
                plain.replaceAll("(?m)^([SOAP]):\\s*", "## $1\n"))) {
            NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(marked, SessionType.Soap, false,
                    Pronouns.FeminineHer, "Therapist", null));
            assertEquals(expected, NoteRendering.markdown(note), marked); // "**S:** Client reports ..." kept its label as text
        }
    }

    @Test
    void no_break_spaces_pasted_from_a_word_processor_do_not_hide_the_speakers() {
        String transcript = Engines.session("social-anxiety-idioms.txt").replace("Therapist: ", "Therapist:\u00A0")
                .replace("Client: ", "Client:\u00A0").replace(" the ", "\u00A0the ");
        NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(transcript, SessionType.Soap, false,
                Pronouns.NeutralThem, "Therapist", null));
        assertEquals("conversation", note.inputShape());
        assertFalse(whole(note).contains("Client:"), whole(note));
        // every evidence span still points into the input as sent
        for (NoteSection section : note.sections()) {
            for (NoteSentence sentence : section.sentences()) {
                for (Evidence e : sentence.evidence()) {
                    assertTrue(e.start() >= 0 && e.end() <= transcript.length() && e.start() < e.end(), e.toString());
                }
            }
        }
    }

    @Test
    void roles_in_brackets_are_speakers_and_the_evidence_still_points_at_what_was_said() {
        // "[Therapist] ..." had been read as a line of the client's speech after "T:"-less text, or as notes
        String transcript = Engines.session("social-anxiety-idioms.txt").replaceAll("(?m)^Therapist:", "[Therapist]")
                .replaceAll("(?m)^Client:", "[Client]:");
        NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(transcript, SessionType.Soap, false,
                Pronouns.NeutralThem, "Therapist", null));
        assertEquals("conversation", note.inputShape());
        assertFalse(whole(note).contains("[Client]") || whole(note).contains("[Therapist]"), whole(note));
        for (NoteSection section : note.sections()) {
            for (NoteSentence sentence : section.sentences()) {
                for (Evidence e : sentence.evidence()) {
                    String quoted = transcript.substring(e.start(), e.end());
                    assertFalse(quoted.startsWith("[") || quoted.startsWith("]") || quoted.startsWith(":"), quoted);
                }
            }
        }
    }

    @Test
    void diarisation_labels_such_as_speaker_00_are_speakers() {
        // WhisperX and pyannote write "SPEAKER_00:"; the whole transcript was read as one clinician's notes
        String transcript = Engines.session("social-anxiety-idioms.txt")
                .replaceAll("(?m)^Therapist:", "SPEAKER_00:").replaceAll("(?m)^Client:", "SPEAKER_01:");
        NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(transcript, SessionType.Soap, false,
                Pronouns.NeutralThem, "Therapist", null));
        assertEquals("conversation", note.inputShape());
        assertFalse(whole(note).contains("SPEAKER_0"), whole(note));
        assertTrue(section(note, "subjective").contains("Client reports that they did it, they asked a question about the deadline"),
                section(note, "subjective"));
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    // ---- a widow's grief with a passive death wish (widow-grief-transcript.txt) ---------------------------------------

    @Test
    void it_wouldnt_be_so_bad_if_i_didnt_wake_up_is_a_passive_wish_with_what_was_done_about_it() {
        NoteDocument note = note("widow-grief-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        // "Not ending it, no. ... But sometimes I go to bed and think it wouldn't be so bad if I didn't wake up." was unclear
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "means restriction agreed", "safety plan made or reviewed",
                "crisis resources given", "protective factors named");
        assertTrue(si.summary().contains("it wouldn't be so bad if I didn't wake up"), si.summary());
    }

    @Test
    void a_plan_written_down_together_and_a_change_of_frequency_are_the_plan() {
        NoteDocument note = note("widow-grief-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist and client wrote down a plan for the nights that are hardest"), plan); // was "developed down"
        assertTrue(plan.contains("Sessions: weekly for now instead of every two weeks."), plan); // was dropped
        assertTrue(plan.contains("Client was asked to see Dr. Patel about the sleep and the weight."), plan);
        // in a mental status note, "I just feel tired of it all" is the mood as stated (it was not documented)
        NoteDocument mse = note("widow-grief-transcript.txt", SessionType.Mse, Pronouns.FeminineHer, null);
        assertTrue(section(mse, "mood").contains("tired of it all"), section(mse, "mood"));
    }

    // ---- an adolescent with ADHD and her mother (adolescent-adhd-parent.txt) ------------------------------------------

    @Test
    void a_task_with_its_occasion_is_the_plan_and_an_account_of_what_happened_the_presentation() {
        NoteDocument note = note("adolescent-adhd-parent.txt", SessionType.Standard, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "So for this week, when you feel the urge to leave class, use the break pass ...": it was dropped
        assertTrue(plan.contains("Client was instructed, for this week, to use the break pass they talked about with the counselor "
                + "instead of walking out, and write down one thing she understood in math each day when she feels the urge to leave class."),
                plan);
        assertTrue(section(note, "presentation").contains("When asked \u201CWhat happened in math on Tuesday?\u201D"),
                section(note, "presentation"));
        assertTrue(section(note, "presentation").contains("Client's mother reports that the school called again on Tuesday."),
                section(note, "presentation"));
        // screened alone with the therapist: denials, with the online meanness she mentioned kept in the quote
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("Some girls say mean stuff online sometimes"), abuse.summary());
    }

    // ---- a telehealth PTSD note with its record of the session (telehealth-boilerplate-notes.txt) --------------------

    @Test
    void the_record_of_the_session_heads_the_note_and_progress_citing_scores_is_the_assessment() {
        NoteDocument note = note("telehealth-boilerplate-notes.txt", SessionType.HeadwaySoap, Pronouns.NeutralThem, null);
        // "Session conducted via secure video platform." was the assessment, "CPT 90837" the plan
        assertTrue(section(note, "subjective").startsWith("Session conducted via secure video platform. Client located at home"),
                section(note, "subjective"));
        assertTrue(section(note, "assessment").startsWith("Client is making steady progress: PCL-5 down 11 points"), section(note, "assessment"));
        assertTrue(section(note, "objective").contains("Thought process linear, future-oriented."), section(note, "objective"));
        // "; discussed." finishes its clause (it was a sentence of its own in the plan)
        assertTrue(whole(note).contains("Cannabis use for sleep may interfere with exposure learning; discussed."), whole(note));
        assertFalse(section(note, "plan").contains("Discussed."), section(note, "plan"));
    }

    @Test
    void an_assault_in_the_past_is_charted_with_its_history() {
        RiskFinding abuse = risk(note("telehealth-boilerplate-notes.txt", SessionType.HeadwaySoap, Pronouns.NeutralThem, null), "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("history of abuse or violence (a past event)"), abuse.summary());
        // "Denies any history of abuse." is no history
        RiskFinding denied = risk(note("intake-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null), "abuse");
        assertFalse(denied.summary().contains("past event"), denied.summary());
    }

    // ---- a son and his drinking father (father-son-transcript.txt) ---------------------------------------------------

    @Test
    void a_bottle_thrown_at_the_client_is_abuse_not_self_harm() {
        NoteDocument note = note("father-son-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        // "One time he threw a bottle at me and it cut my arm. I was maybe twelve." was self-harm endorsed, abuse denied
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("One time he threw a bottle at me and it cut my arm."), abuse.summary());
        assertTrue(abuse.summary().contains("I'm bigger than him now."), abuse.summary()); // and what he says of now
    }

    @Test
    void what_the_clinician_says_is_the_intervention_where_birp_has_one() {
        NoteDocument note = note("father-son-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        assertTrue(section(note, "intervention").contains("Therapist stated that this is a boundary he has been wanting to set"),
                section(note, "intervention"));
        // what is still to come stays the plan
        NoteDocument dbt = note("dbt-chain-analysis.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        assertTrue(section(dbt, "plan").contains("for homework this week"), section(dbt, "plan"));
    }

    @Test
    void a_sentence_opening_with_more_than_is_quoted() {
        // "More than I want to." was "He notes that More than he wants to.", then "that more than he wants to."; a comparison
        // without its subject is the client's words
        String behaviour = section(note("father-son-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null), "behaviour");
        assertTrue(behaviour.contains("“More than I want to.”"), behaviour);
        assertFalse(behaviour.contains("that more than"), behaviour);
    }

    // ---- a treatment plan as a Markdown table (plan-table.md, ba-alcohol-notes.txt) -----------------------------------

    @Test
    void therapy_initials_are_read_longest_first_and_a_billing_code_is_not_a_therapy() {
        // (the initials were replaced one by one in a map's unspecified order: "TF-CBT" could become "TF-cognitive ...")
        assertEquals(GoldenThread.contentWords("trauma focused cognitive behavioral therapy"), GoldenThread.contentWords("TF-CBT"));
        assertEquals(GoldenThread.contentWords("motivational interviewing"), GoldenThread.contentWords("MI"));
        assertFalse(GoldenThread.contentWords("CPT 90837").containsAll(GoldenThread.contentWords("cognitive processing therapy")));
    }

    @Test
    void a_plan_written_as_a_table_is_read_row_by_row_and_initials_name_their_therapy() {
        NoteDocument note = note("ba-alcohol-notes.txt", SessionType.Girp, Pronouns.MasculineHim, "plan-table.md");
        String goals = section(note, "goal");
        // the rows were read as goals with their pipes ("Goal addressed: | Depressed mood | Reduce depressive symptoms | ...")
        assertFalse(goals.contains("|"), goals);
        assertTrue(goals.contains("Goal addressed: Reduce depressive symptoms."), goals);
        assertTrue(goals.contains("Objective addressed: PHQ-9 below 10 within 12 weeks."), goals);
        assertTrue(goals.contains("Goal addressed: Reduce drinking."), goals);
        assertTrue(goals.contains("Intervention used: Motivational interviewing."), goals); // "Used MI to explore ambivalence"
        // the social goal was not worked on ("has not gone to any social events yet")
        assertFalse(goals.contains("Attend one social activity weekly"), goals);
    }

    // ---- a community mental health worker's BIRP in the "Writer ... clt" register (cmh-birp-notes.txt) ----------------

    @Test
    void a_community_workers_shorthand_is_expanded_under_its_own_headings() {
        NoteDocument note = note("cmh-birp-notes.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        String behaviour = section(note, "behaviour");
        assertFalse(whole(note).matches("(?s).*\\bClt\\b.*"), whole(note)); // "Clt presented ..." stayed "Clt"
        assertTrue(behaviour.contains("Client presented with flat affect"), behaviour);
        assertTrue(section(note, "intervention").contains("Writer reviewed medication adherence"), section(note, "intervention"));
        assertTrue(section(note, "response").contains("Client agreed to attend day program on Wednesday."), section(note, "response"));
        assertTrue(section(note, "plan").startsWith("Writer will follow up with group home staff"), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    @Test
    void a_partners_suicide_threat_and_intimidation_are_abuse_and_the_safety_steps_reach_the_plan() {
        NoteDocument note = note("partner-threat.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String risk = section(note, "risk");
        assertTrue(risk.contains("Abuse or violence: endorsed"), risk);
        assertTrue(risk.contains("He punched the wall next to my head"), risk);
        // his threat is not her ideation: she was asked and said no
        assertTrue(risk.contains("Suicidal ideation: denied"), risk);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was instructed to call 988 or 911"), plan);
        assertTrue(plan.contains("Therapist will give her information about a support group"), plan);
        assertTrue(plan.contains("domestic violence hotline"), plan);
        assertFalse(section(note, "subjective").contains("support group"), section(note, "subjective"));
    }

    @Test
    void the_clinicians_weighing_of_a_risk_said_aloud_is_the_assessment_not_the_clients_report() {
        NoteDocument note = note("partner-threat.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "assessment").contains("things the therapist takes seriously, both for his safety and for hers"),
                section(note, "assessment"));
        assertFalse(section(note, "subjective").contains("takes seriously"), section(note, "subjective"));
    }

    @Test
    void a_step_the_client_agrees_to_take_is_the_plan_not_the_response() {
        NoteDocument note = note("partner-threat.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "Would you be willing to keep the crisis line number in your phone?" "Yes. I'll put it in tonight."
        // (the step agreed to, and then how: "Client agreed to keep the crisis line number in her phone.")
        assertTrue(section(note, "plan").contains("Client agreed to keep the crisis line number in her phone. Client reports that she will "
                + "put it in tonight."), section(note, "plan"));
        assertFalse(section(note, "assessment").contains("crisis line number"), section(note, "assessment"));
    }

    @Test
    void how_the_homework_went_is_the_clients_report_of_the_week() {
        NoteDocument note = note("partner-threat.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "Last time we practiced the paced breathing. Did you get to use it?" "A couple of times at work."
        assertTrue(section(note, "subjective").contains("A couple of times at work"), section(note, "subjective"));
        assertFalse(section(note, "assessment").contains("A couple of times at work"), section(note, "assessment"));
    }

    @Test
    void the_second_thought_of_an_answer_stays_a_thought_not_a_fact() {
        NoteDocument note = note("college-panic-drinking.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "What went through your mind right before you left?" "That people were staring at me ... And that I'm going to
        // fail the midterm anyway, so what's the point."
        String all = whole(note);
        assertFalse(all.contains("that she is going to fail the midterm"), all);
        assertTrue(all.contains("the client answered \u201CThat people were staring at me and that if I fainted everyone would think "
                + "I was a freak. And that I'm going to fail the midterm anyway, so what's the point.\u201D"), all);
    }

    @Test
    void agreeing_with_misgivings_to_an_exercise_keeps_what_was_agreed_to() {
        NoteDocument note = note("college-panic-drinking.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "Would you be willing to try spinning in the chair for thirty seconds?" "That sounds terrible, but okay."
        String all = whole(note);
        assertTrue(all.contains("When asked \u201CWould you be willing to try spinning in the chair for thirty seconds?\u201D, "
                + "the client answered \u201CThat sounds terrible, but okay.\u201D"), all);
        assertFalse(all.contains("reports that that sounds terrible"), all);
    }

    @Test
    void a_rating_asked_for_in_the_session_is_the_clinicians_request() {
        NoteDocument note = note("college-panic-drinking.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String all = whole(note);
        // the request and its answer together (the request alone had read "Therapist asked the client to rate her anxiety before
        // they start", and the answer "Maybe a four." was lost)
        assertTrue(all.contains("When asked \u201CRate your anxiety before we start, zero to ten.\u201D, the client answered \u201CMaybe a four.\u201D"),
                all);
        assertFalse(all.contains("stated that Rate") || all.contains("asked the client to rate"), all);
    }

    @Test
    void after_a_bare_yes_what_the_client_says_they_will_do_is_the_plan() {
        NoteDocument note = note("college-panic-drinking.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "would you be open to tracking your drinks each day this week ...?" "Yeah. I can use the notes app on my phone."
        assertTrue(section(note, "plan").contains("she can use the notes app on her phone"), section(note, "plan"));
        assertFalse(section(note, "subjective").contains("notes app"), section(note, "subjective"));
    }

    @Test
    void consent_with_misgivings_after_a_bare_okay_keeps_the_question() {
        NoteDocument note = note("ocd-erp-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "Are you willing to try that here?" "Okay. I'm nervous but okay."
        assertTrue(section(note, "assessment").contains(
                "When asked \u201CAre you willing to try that here?\u201D, the client answered \u201CI'm nervous but okay.\u201D"),
                section(note, "assessment"));
    }

    @Test
    void a_plan_proposed_in_the_question_is_not_the_clients_commitment() {
        NoteDocument note = note("young-adult-depression-they.txt", SessionType.Soap, Pronouns.NeutralThem, null);
        // "I'm going to recommend we meet weekly ... How does that sound?" "That's okay. I'm nervous about medication."
        assertTrue(section(note, "assessment").contains("I'm nervous about medication"), section(note, "assessment"));
        assertFalse(section(note, "plan").contains("I'm nervous about medication"), section(note, "plan"));
    }

    @Test
    void the_exercise_the_clinician_announces_is_the_intervention_and_a_lets_for_the_week_is_homework() {
        NoteDocument note = note("college-panic-drinking.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        assertTrue(section(note, "intervention").contains("Therapist explained that they would bring on some of the body sensations "
                + "on purpose, so her brain can learn they're uncomfortable but not dangerous."), section(note, "intervention"));
        // "Let's also go back to the library at least twice this week and stay for an hour, even if you get anxious."
        assertTrue(section(note, "plan").contains("Client was asked to go back to the library at least twice this week"),
                section(note, "plan"));
    }

    // ---- passive SI with a prior attempt and stockpiled medication, clinician's notes (passive-si-means-notes.txt) ----

    @Test
    void a_risk_level_said_with_what_it_is_not_is_never_read_as_that_level() {
        NoteDocument note = note("passive-si-means-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        // "elevated but not imminent risk given passive SI, prior attempt, stockpiled meds and recent stressor"
        assertTrue(si.summary().contains("risk level documented as elevated but not imminent"), si.summary());
        assertFalse(si.summary().contains("documented as imminent"), si.summary());
    }

    @Test
    void stockpiled_medication_is_lethal_means_at_hand_and_its_handing_over_the_plan() {
        NoteDocument note = note("passive-si-means-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertQualified(si, "passive", "history of a suicide attempt", "stockpiled medication reported", "means restriction agreed",
                "safety plan made or reviewed");
        assertTrue(section(note, "plan").contains("Client agreed to give the saved trazodone to her sister tonight"), section(note, "plan"));
        assertTrue(section(note, "plan").contains("Completed safety plan with client"), section(note, "plan"));
        // self-harm denied is charted as denied: the pills kept from her are the suicidal ideation's (it read "Self-harm: denied;
        // stockpiled medication reported; means restriction agreed")
        assertEquals("Self-harm: denied (“Denies self-harm. No access to firearms.”).", risk(note, "self_harm").summary());
    }

    @Test
    void the_clinicians_labelled_assessment_and_the_sessions_record_go_where_they_belong() {
        NoteDocument note = note("passive-si-means-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "Clinician assessment: elevated but not imminent risk ...", "Does not meet criteria for inpatient level of care"
        assertTrue(section(note, "assessment").contains("Does not meet criteria for inpatient level of care"), section(note, "assessment"));
        assertFalse(section(note, "subjective").contains("imminent"), section(note, "subjective"));
        // "Individual session, 53 min, in person." heads the note, not the plan
        assertTrue(section(note, "subjective").startsWith("Individual session, 53 minutes, in person."), section(note, "subjective"));
        assertTrue(section(note, "objective").contains("C-SSRS screen positive for wish to be dead"), section(note, "objective"));
    }

    // ---- a friend's suicidal thoughts, a figure of speech, self-harm stopped years ago (roommate-si-boss-idiom.txt) ----

    @Test
    void asked_about_ending_her_own_life_the_clients_no_is_a_denial_and_the_roommates_thoughts_are_not_hers() {
        NoteDocument note = note("roommate-si-boss-idiom.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "have you had any thoughts of ending your own life?" "No. Never."
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("No. Never."), si.summary());
    }

    @Test
    void a_threat_the_client_takes_back_as_an_expression_is_not_homicidal_ideation() {
        NoteDocument note = note("roommate-si-boss-idiom.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "I swear I could kill him sometimes, but obviously I'm not going to do anything. It's just an expression."
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
    }

    @Test
    void self_harm_stopped_years_ago_is_denied_now_with_its_history() {
        NoteDocument note = note("roommate-si-boss-idiom.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "Any urges to hurt yourself, like cutting?" "No, I stopped that in high school. It's been four years."
        RiskFinding harm = risk(note, "self_harm");
        assertEquals("denied", harm.polarity(), harm.summary());
        assertQualified(harm, "history of self-harm");
    }

    @Test
    void the_presenting_problem_is_the_clients_never_the_clinicians_words() {
        NoteDocument note = note("college-panic-drinking.txt", SessionType.Intake, Pronouns.FeminineHer, null);
        // the clinician's "I want to check in about safety, since you had a rough weekend" was this intake's chief complaint,
        // and a short answer kept with its question ("Kind of rough.") is no presenting problem either
        assertEquals("Client reports that she had two panic attacks, one in the library on Tuesday and one on Friday night "
                + "before a party.", section(note, "chief_complaint"));
    }

    @Test
    void the_writers_call_to_a_relative_in_session_is_an_intervention() {
        NoteDocument note = note("passive-si-means-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        // "Pt gave permission to call sister; writer called sister in session and she confirmed she will come over this evening."
        assertTrue(section(note, "intervention").contains("writer called sister in session"), section(note, "intervention"));
        assertFalse(section(note, "behaviour").contains("writer called sister"), section(note, "behaviour"));
    }

    // ---- an adolescent's self-harm in the clinician's plus-and-minus shorthand, DBT-informed (teen-nssi-dbt-notes.txt) ----

    @Test
    void plus_and_minus_sh_shorthand_is_self_harm_surfaced_and_written_out_in_the_note() {
        NoteDocument note = note("teen-nssi-dbt-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "-SH since. +SH urges x2 this week after arguments w/ mom about her phone; used ice and drawing instead of cutting."
        RiskFinding harm = risk(note, "self_harm");
        assertEquals("endorsed", harm.polarity(), harm.summary());
        assertTrue(harm.summary().contains("+SH urges x2 this week"), harm.summary());
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("last self-harm 3 weeks ago"), subjective);
        assertTrue(subjective.contains("no self-harm since"), subjective);
        assertTrue(subjective.contains("Self-harm urges twice this week"), subjective);
        assertFalse(subjective.contains("SH"), subjective);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    @Test
    void a_safety_plan_reviewed_is_the_clinicians_work_and_a_coping_skill_used_instead_of_cutting_is_the_clients() {
        NoteDocument soap = note("teen-nssi-dbt-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(soap, "plan").contains("Safety plan reviewed and updated"), section(soap, "plan"));
        assertFalse(section(soap, "subjective").contains("Safety plan"), section(soap, "subjective"));
        NoteDocument birp = note("teen-nssi-dbt-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        assertTrue(section(birp, "intervention").contains("Safety plan reviewed and updated"), section(birp, "intervention"));
        // the client's coping, kept in the note (a short sentence naming a risk is otherwise the risk section's alone)
        assertFalse(section(birp, "intervention").contains("ice and drawing"), section(birp, "intervention"));
        assertTrue(birp.sections().stream().anyMatch(s -> s.text().contains("Client used ice and drawing instead of cutting")),
                NoteRendering.markdown(birp));
    }

    // ---- a nurse's burnout, wine to sleep, a reflection clarified (burnout-nurse-transcript.txt) ----

    @Test
    void a_reflection_of_not_wanting_to_be_here_clarified_as_the_hospital_is_no_suicidal_ideation() {
        NoteDocument note = note("burnout-nurse-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("No. I have my kids."), si.summary());
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("she does not want to be at that hospital anymore"), subjective);
        assertTrue(subjective.contains("did she chart that right, did she miss something"), subjective);
        assertTrue(section(note, "plan").contains("Client was asked to say no to at least one extra shift"), section(note, "plan"));
    }

    @Test
    void a_proposal_spelled_out_after_like_what_keeps_the_clients_answer_with_it() {
        NoteDocument note = note("burnout-nurse-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        // "Would you be willing to try a wind-down routine ...?" "Like what?" "A warm shower, blackout curtains ..." "I can try that."
        String response = section(note, "response");
        assertTrue(response.contains("When asked “Would you be willing to try a wind-down routine instead on two of your mornings "
                + "this week? A warm shower, blackout curtains, and the body scan we practiced, with no screens for thirty minutes.”, "
                + "the client answered “I can try that.”"), response);
    }

    // ---- an intake in the clinician's labelled shorthand (intake-shorthand-labels.txt) ----

    @Test
    void thought_content_without_si_hi_is_a_denial_not_ideation() {
        NoteDocument note = note("intake-shorthand-labels.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        // "TC w/o SI/HI/AVH" and "denies SI/HI": both denied (w/o was read as nothing, and both were endorsed)
        assertEquals("denied", risk(note, "suicidal_ideation").polarity(), risk(note, "suicidal_ideation").summary());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity(), risk(note, "homicidal_ideation").summary());
    }

    @Test
    void pmhx_fhx_shx_and_dx_impression_headings_put_their_lines_in_their_sections() {
        NoteDocument note = note("intake-shorthand-labels.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        assertTrue(section(note, "medical_history").contains("HTN, on lisinopril"), NoteRendering.markdown(note));
        assertFalse(section(note, "psychiatric_history").contains("lisinopril"), section(note, "psychiatric_history"));
        assertTrue(section(note, "family_social").contains("Mother with depression, father with alcohol use d/o"),
                NoteRendering.markdown(note));
        assertFalse(section(note, "substance_use").contains("Mother with depression"), section(note, "substance_use"));
        assertFalse(section(note, "substance_use").contains("F32.1"), section(note, "substance_use"));
        assertTrue(section(note, "impression").contains("F32.1"), section(note, "impression"));
    }

    // ---- anticipatory grief, a clinician's progress note (anticipatory-grief-notes.txt) ----

    @Test
    void what_the_client_will_do_is_the_plan_and_arriving_late_is_an_observation() {
        NoteDocument note = note("anticipatory-grief-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client will ask her brother to handle insurance calls this week"), plan);
        assertFalse(section(note, "subjective").contains("Client will ask"), section(note, "subjective"));
        assertTrue(section(note, "objective").contains("Client arrived 10 minutes late"), section(note, "objective"));
        assertFalse(section(note, "assessment").contains("arrived"), section(note, "assessment"));
    }

    // ---- depression after a job loss, behavioural activation, a transcript (job-loss-ba-transcript.txt) ----

    @Test
    void a_death_wish_answering_a_question_about_last_weeks_thoughts_is_charted_with_plan_and_intent_denied() {
        NoteDocument note = note("job-loss-ba-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, "plan-depression.md");
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "plan denied", "intent denied", "no access to firearms or weapons reported");
        assertEquals("not_assessed", risk(note, "homicidal_ideation").polarity(), risk(note, "homicidal_ideation").summary());
    }

    @Test
    void the_clinicians_typed_observations_are_objective_and_a_task_agreed_to_is_the_plan() {
        NoteDocument note = note("job-loss-ba-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, "plan-depression.md");
        String objective = section(note, "objective");
        assertTrue(objective.contains("Client appeared tired, unshaven, with constricted affect"), objective);
        assertTrue(objective.contains("Speech normal rate. Thought process linear."), objective);
        assertFalse(NoteRendering.markdown(note).contains("stated that Speech"), NoteRendering.markdown(note));
        // "Would you also be willing to apply for two jobs?" "I can do that.": agreed (it had been the question and its answer)
        assertTrue(section(note, "plan").contains("Client agreed to apply for two jobs."), section(note, "plan"));
    }

    @Test
    void a_phq9_score_whose_item_9_is_positive_stays_in_the_note_and_is_a_risk_finding() {
        NoteDocument note = note("gp-low-mood-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertTrue(NoteRendering.markdown(note).replace(risk(note, "suicidal_ideation").summary(), "")
                .contains("PHQ-9 18, item 9 scored 1"), NoteRendering.markdown(note));
        assertTrue(risk(note, "suicidal_ideation").summary().contains("PHQ-9 18, item 9 scored 1"), risk(note, "suicidal_ideation").summary());
    }

    // ---- a psychiatric follow-up with the speakers named (psych-names-transcript.txt) ----

    @Test
    void a_medication_change_and_how_to_take_it_are_the_plan_with_the_follow_up() {
        NoteDocument note = note("psych-names-transcript.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("will increase the sertraline to 100 milligrams"), plan);
        assertTrue(plan.contains("Client was asked to take two of the 50s starting tomorrow"), plan);
        assertTrue(plan.contains("Next session: in four weeks"), plan);
        assertFalse(section(note, "subjective").contains("increase the sertraline"), section(note, "subjective"));
    }

    @Test
    void the_clients_answers_keep_what_they_count_and_read_as_written() {
        NoteDocument note = note("psych-names-transcript.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        // "I had one last week at the grocery store." answered "What about the panic attacks?"
        assertTrue(subjective.contains("When asked “What about the panic attacks?”, the client answered “I had one last week at the grocery store.”"),
                subjective);
        assertTrue(subjective.contains("when he first came in"), subjective); // was "he firsts came in"
        assertTrue(subjective.contains("reports no weed since he quit in March"), subjective); // was "reports that no weed since"
    }

    // ---- a first-episode psychosis interview with the clinician's MSE typed in (mse-psychosis-transcript.txt) ----

    @Test
    void the_clinicians_mental_status_prose_in_a_transcript_fills_each_domain() {
        NoteDocument note = note("mse-psychosis-transcript.txt", SessionType.Mse, Pronouns.MasculineHim, null);
        String all = NoteRendering.markdown(note);
        assertTrue(section(note, "appearance").contains("appeared disheveled, wearing a winter coat indoors"), all);
        assertTrue(section(note, "behaviour").contains("He was guarded, with intermittent eye contact"), all);
        assertTrue(section(note, "speech").contains("Speech was soft and slowed"), all);
        // 'Mood "fine," affect flat and incongruent.': the stated mood and the observed affect, each in its place
        assertTrue(section(note, "mood").contains("Mood \"fine.\""), all);
        assertTrue(section(note, "affect").contains("Affect flat and incongruent"), all);
        assertTrue(section(note, "thought_process").contains("Thought process tangential at times"), all);
        assertTrue(section(note, "thought_content").contains("paranoid delusions that his apartment is bugged"), all);
        assertTrue(section(note, "perception").contains("auditory hallucinations, two voices, commenting"), all);
        assertTrue(section(note, "cognition").contains("Oriented to person, place and date"), all);
        assertTrue(section(note, "insight").contains("Insight poor"), all);
        assertTrue(section(note, "judgment").contains("Judgment fair"), all);
        assertFalse(all.contains("stated that Speech") || all.contains("stated that Client is"), all);
    }

    @Test
    void a_clinicians_advice_in_two_sentences_is_still_speech_not_notes() {
        // "That's absolutely fine. Try to cut down the wine, it can make sleep and mood worse." names mood, but is said to the client
        NoteDocument note = note("gp-consult.txt", SessionType.GpSoap, Pronouns.FeminineHer, null);
        assertTrue(NoteRendering.markdown(note).contains("was asked to cut down the wine"), NoteRendering.markdown(note));
    }

    // ---- a lithium follow-up in a prescriber's SOAP shorthand (bipolar-lithium-notes.txt) ----

    @Test
    void the_visit_and_who_the_client_is_head_the_note_not_the_plan_or_the_assessment() {
        NoteDocument note = note("bipolar-lithium-notes.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        String subjective = section(note, "subjective");
        assertTrue(subjective.startsWith("Medication management follow-up, 30 minutes, in person. 34-year-old female with bipolar I disorder"), subjective);
        assertFalse(section(note, "plan").contains("Med management"), section(note, "plan"));
        assertFalse(section(note, "assessment").contains("34-year-old"), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("Continue lithium 900 mg qhs"), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    // ---- panic disorder, box breathing and psychoeducation, a transcript (panic-grounding-transcript.txt) ----

    @Test
    void what_the_clinician_teaches_and_explains_is_the_intervention() {
        NoteDocument note = note("panic-grounding-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("Therapist taught her a breathing skill today called box breathing"), intervention);
        assertTrue(intervention.contains("Therapist explained what's happening in her body during a panic attack"), intervention);
    }

    @Test
    void a_list_of_thoughts_stays_with_its_question_and_the_recap_and_the_thanks_read_cleanly() {
        NoteDocument note = note("panic-grounding-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String all = NoteRendering.markdown(note);
        // "That everyone could see it. That I was going to pass out in front of my boss.": a thought, not a fact
        assertTrue(all.contains("the client answered “That everyone could see it. That I was going to pass out in front of my boss.”"), all);
        assertFalse(all.contains("that she was going to pass out"), all);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client will practice box breathing twice a day and keep the panic log"), plan);
        assertTrue(plan.contains("she will set reminders on her phone"), plan);
        assertFalse(all.contains("To recap") || all.contains("that Thank you"), all);
    }

    @Test
    void activities_scheduled_as_homework_are_the_plans_behavioral_activation_and_emdr_is_not_named() {
        NoteDocument note = note("job-loss-ba-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, "plan-depression.md");
        String all = NoteRendering.markdown(note);
        assertTrue(all.contains("Intervention used: Behavioral activation"), all);
        assertTrue(all.contains("Intervention used: Safety planning"), all);
        assertFalse(all.contains("Intervention used: EMDR"), all);
        assertFalse(all.contains("Couples sessions"), all);
    }

    // ---- an intake interview for generalized anxiety (intake-gad-transcript.txt) ----

    @Test
    void the_intakes_recommendations_and_tasks_are_its_plan_and_the_clinicians_observations_its_mental_status() {
        NoteDocument note = note("intake-gad-transcript.txt", SessionType.Intake, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "I'd recommend weekly therapy using CBT for worry, and I'll send a note to Dr. Huang ...", "For now, try to cut the wine ..."
        assertTrue(plan.contains("recommended weekly therapy using CBT for worry"), plan);
        assertTrue(plan.contains("will send a note to Dr. Huang"), plan);
        assertTrue(plan.contains("Client was asked to try to cut the wine to weekends and keep a worry log each evening"), plan);
        String mentalStatus = section(note, "mental_status");
        assertTrue(mentalStatus.contains("Elena appears her stated age, well groomed, restless"), mentalStatus);
        assertTrue(mentalStatus.contains("Speech is rapid but coherent"), mentalStatus);
        assertFalse(section(note, "present_illness").contains("appears her stated age"), section(note, "present_illness"));
        assertTrue(section(note, "impression").contains("generalized anxiety disorder"), section(note, "impression"));
    }

    @Test
    void a_fragment_answer_is_quoted_and_agreement_is_not_reported() {
        NoteDocument note = note("intake-gad-transcript.txt", SessionType.Intake, Pronouns.FeminineHer, null);
        String all = NoteRendering.markdown(note);
        assertTrue(all.contains("Client stated: “About work, about my mom's health, about money.”"), all); // was "reports that about work"
        assertFalse(all.contains("sounds like a plan"), all);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    // ---- a psychiatrist's medication evaluation (psych-intake-transcript.txt) ----

    @Test
    void a_medication_evaluation_names_its_referral_its_medication_plan_and_its_orders() {
        NoteDocument note = note("psych-intake-transcript.txt", SessionType.PsychiatricIntake, Pronouns.MasculineHim, null);
        // "Your therapist, Ms. Okafor, referred you to me for a medication evaluation." (was the plan: "referred her to the therapist")
        assertEquals("Client was referred by his therapist, Ms. Okafor, for a medication evaluation.", section(note, "referral_source"));
        // "Since sertraline upset your stomach, I'd like to start bupropion XL 150 milligrams in the morning." (was dropped)
        assertTrue(section(note, "medication_plan").contains("will start bupropion XL 150 milligrams in the morning, since sertraline "
                + "upset his stomach"), section(note, "medication_plan"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was asked to get labs, a liver panel and a TSH, before the next visit"), plan); // "I'd also like you to"
        assertTrue(plan.contains("he can try to cut down to weekends"), plan); // the reply to "I want you to cut back slowly"
        assertTrue(plan.contains("Next session: in four weeks"), plan);
        assertFalse(plan.contains("referred"), plan);
    }

    @Test
    void a_clinicians_turn_of_findings_is_the_mental_status_whole() {
        NoteDocument note = note("psych-intake-transcript.txt", SessionType.PsychiatricIntake, Pronouns.MasculineHim, null);
        String mentalStatus = section(note, "mental_status");
        // "No psychotic symptoms." and "He endorses passive death wish ..." had made the turn read as speech: two findings of eight
        for (String finding : List.of("Marcus appears his stated age", "Speech is soft and slow", "Mood is \"empty.\"",
                "Affect is constricted", "Thought process is linear", "No psychotic symptoms", "Insight and judgment are fair")) {
            assertTrue(mentalStatus.contains(finding), finding + " in " + mentalStatus);
        }
        assertFalse(section(note, "medical_history").contains("psychotic"), section(note, "medical_history"));
        // the passive death wish it names is the safety assessment's
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertQualified(si, "passive");
        assertQualified(si, "no access to firearms");
        assertFalse(si.summary().contains("active thoughts"), si.summary());
    }

    @Test
    void a_treatment_history_stays_together_and_the_gun_question_is_the_safety_assessments() {
        NoteDocument note = note("psych-intake-transcript.txt", SessionType.PsychiatricIntake, Pronouns.MasculineHim, null);
        String history = section(note, "psychiatric_history");
        // the rest of the answer to "Have you been treated for depression before?" was the present illness
        assertTrue(history.contains("he felt kind of flat on it, so he stopped after about eight months"), history);
        assertTrue(history.contains("he had bad stomach problems and quit after two weeks"), history);
        String present = section(note, "present_illness");
        assertFalse(present.contains("flat on it"), present);
        assertFalse(present.contains("guns"), present); // charted as "no access to firearms or weapons reported"
        assertTrue(present.contains("he is an accountant and he keeps making mistakes"), present); // was "he keep"
        String substances = section(note, "substance_use");
        assertTrue(substances.contains("four or five beers most nights"), substances);
        // neither the family's history nor the impression is the client's use, though both name alcohol
        assertFalse(substances.contains("anyone in your family"), substances);
        assertFalse(substances.contains("major depressive episode"), substances);
    }

    // ---- a telehealth session on ADHD at work (adhd-work-telehealth.txt) ----

    @Test
    void answers_that_need_their_question_are_quoted_with_it() {
        NoteDocument note = note("adhd-work-telehealth.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String subjective = section(note, "subjective");
        // was "She also reports that better than she expected ...": the answer, and what "that" was
        assertTrue(subjective.contains("When asked “Last time we set up the two-list system, one list for today and one for everything "
                + "else. How did that go?”, the client answered “Better than I expected for the first three days.”"), subjective);
        // was "She also reports that it helps in the mornings.": "it" is the Vyvanse
        assertTrue(subjective.contains("You started the Vyvanse with Dr. Lin last month, right?”, the client answered “It helps in the "
                + "mornings.”"), subjective);
        assertTrue(subjective.contains("the client answered “That's been most nights, to be honest.”"), subjective);
    }

    @Test
    void the_clients_words_keep_their_grammar_and_their_sentences() {
        NoteDocument note = note("adhd-work-telehealth.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String behaviour = section(note, "behaviour");
        assertTrue(behaviour.contains("her manager dumped a new project on her and she just froze."), behaviour); // was "frozes"
        // "until 1 a.m. trying to catch up" was cut after "a.m." into a quoted fragment
        assertTrue(behaviour.contains("she stayed up until 1 a.m. trying to catch up, and she was a wreck on Friday"), behaviour);
        assertTrue(behaviour.contains("she sees what the therapist did there"), behaviour); // was "what you did there"
        assertTrue(behaviour.contains("by three o'clock it's worn off"), behaviour); // was "that By three"
    }

    @Test
    void the_reply_to_a_task_and_a_proposed_change_are_the_plan_not_a_made_thing() {
        NoteDocument note = note("adhd-work-telehealth.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("write the first tiny step on the today list"), plan);
        // "I'll put a sticky note on my monitor" answers the task given two sentences earlier in the same turn (was dropped)
        assertTrue(plan.contains("she will put a sticky note on her monitor so she remembers"), plan);
        String all = whole(note);
        // "Let's make the phone go on the charger ...": was "Therapist and client developed the phone go on the charger"
        assertTrue(all.contains("Therapist proposed that the phone go on the charger in the kitchen at eleven, as an experiment"), all);
        assertFalse(all.contains("developed the phone"), all);
        assertTrue(all.contains("practiced with the project in session"), all); // "right now"
    }

    // ---- a parent who hurt her child, and the report that is owed (parenting-stress-transcript.txt) ----

    @Test
    void harm_by_the_client_to_a_child_and_the_report_owed_are_charted() {
        NoteDocument note = note("parenting-stress-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "harm by the client to another person reported", "mandated report to be made, client informed");
        // "You know I have to follow the rules ..., and I'll need to make a report to child protective services" was dropped
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist will make a report to child protective services about the injury"), plan);
        // "Have you had any thoughts of hurting Jayden, or yourself, since then?" "No. Nothing like that." was no screening
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertEquals("not_assessed", risk(note, "suicidal_ideation").polarity());
    }

    @Test
    void a_coping_step_for_when_it_happens_is_the_plan() {
        NoteDocument note = note("parenting-stress-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "When you notice the heat, you say "I need a minute," go to the porch, and breathe ..." was the clinician's statement
        assertTrue(plan.contains("Client was instructed to say \"I need a minute,\" go to the porch, and breathe slowly for two minutes "
                + "before she says anything else to him when she notices the heat"), plan);
        assertTrue(plan.contains("Therapist will refer her to the parenting group at the family center on Thursday nights"), plan);
        assertFalse(section(note, "intervention").contains("when she notices the heat"), section(note, "intervention"));
    }

    // ---- a terse CBT progress note (terse-cbt-progress-notes.txt) ----

    @Test
    void a_terse_notes_shorthand_is_spelled_out_and_its_slash_list_screens_self_harm() {
        NoteDocument note = note("terse-cbt-progress-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        String all = whole(note);
        // "Denies SI/HI/SH." left self-harm "not addressed"
        assertEquals("denied", risk(note, "self_harm").polarity(), risk(note, "self_harm").summary());
        assertTrue(all.contains("drinking 2-3 beers/night for 1 week, up from weekends only"), all); // was "for 1 weeks"
        assertTrue(all.contains("skipped sister's birthday dinner"), all);
        assertTrue(all.contains("Speech normal rate/volume"), all);
        assertTrue(all.contains("Moderate depressive symptoms persist"), all);
        assertTrue(section(note, "plan").contains("Continue weekly CBT."), section(note, "plan")); // was "Cont weekly CBT."
    }

    @Test
    void in_a_girp_note_the_goal_worked_toward_is_the_goal_and_psychoeducation_the_intervention() {
        NoteDocument note = note("terse-cbt-progress-notes.txt", SessionType.Girp, Pronouns.MasculineHim, null);
        assertEquals("Client is making progress toward goal 1 (challenge negative self-talk).", section(note, "goal"));
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("Psychoeducation on alcohol as a depressant and its effect on sleep architecture"), intervention);
        assertTrue(intervention.contains("cognitive restructuring regarding \"I'm a burden to everyone.\""), intervention);
    }

    // ---- an EMDR desensitization session in notes (emdr-mva-notes.txt) ----

    @Test
    void every_sud_of_an_emdr_note_is_in_the_sud_section_and_emotions_and_body_with_the_target() {
        NoteDocument note = note("emdr-mva-notes.txt", SessionType.Emdr, Pronouns.FeminineHer, null);
        String sud = section(note, "sud");
        // the section was empty: "SUD 8/10 at start." was the positive cognition's (written on its line), the others elsewhere
        assertTrue(sud.contains("SUD 8/10 at start."), sud);
        assertTrue(sud.contains("SUD decreased to 3/10 by end of session."), sud);
        assertTrue(sud.contains("SUD 2 at close."), sud);
        assertEquals("\"I survived, and I'm safe now.\"", section(note, "positive_cognition"));
        assertEquals("VOC 3/7 at start.", section(note, "voc"));
        String target = section(note, "target");
        assertTrue(target.contains("Emotions: fear and helplessness."), target);
        assertTrue(target.contains("Body location: tightness in chest, hands gripping."), target);
        assertTrue(section(note, "bls").contains("Two cognitive interweaves used"), section(note, "bls"));
        assertTrue(section(note, "plan").contains("Client to keep a TICES log of triggers between sessions"), section(note, "plan"));
    }

    // ---- a dictated progress note on conflict at home (dictated-couple-conflict-notes.txt) ----

    @Test
    void a_dictated_denial_of_violence_and_feeling_safe_deny_abuse() {
        NoteDocument note = note("dictated-couple-conflict-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "She denied any physical violence in the relationship and said she feels safe at home." left abuse not addressed
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    @Test
    void the_dictating_clinicians_we_and_i_are_the_therapist_and_client() {
        NoteDocument note = note("dictated-couple-conflict-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "We spent most of the session on assertive communication." was read as the assessment, "we" kept
        assertTrue(plan.contains("Therapist and client worked on assertive communication for most of the session."), plan);
        assertTrue(plan.contains("Therapist introduced the DESC script and the therapist and client role-played how she might bring up"), plan);
        // "... and if the conversation goes badly I encouraged her ..."
        assertTrue(plan.contains("if the conversation goes badly the therapist encouraged her to consider a couples session"), plan);
        assertFalse(whole(note).contains(" we "), whole(note));
    }

    // ---- a CBT-I and worry session with "Th:" and "Pt:" labels (th-pt-labels-transcript.txt) ----

    @Test
    void an_exercise_for_the_days_ahead_is_set_with_how_it_is_done() {
        NoteDocument note = note("th-pt-labels-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        // "Let's try a worry window. Fifteen minutes at 6 p.m. where you write down ..." was "practiced a worry window", the
        // how dropped
        assertTrue(plan.contains("Client was asked to try a worry window: fifteen minutes at 6 p.m. where he writes down every worry "
                + "about work and what, if anything, he can do about it tomorrow; after that, if the worry comes back, he reminds "
                + "himself it has a time."), plan);
        // "What would you be willing to try with the phone?" "I could delete the app ..." was the response
        assertTrue(plan.contains("he could delete the app from his phone"), plan);
        // "Let's keep the wake-up time at 7, add the worry window, ..." was "Therapist proposed to keep"
        assertTrue(plan.contains("Client will keep the wake-up time at 7, add the worry window, and try the phone without Slack."), plan);
        assertTrue(plan.contains("Therapist and client will check in on all three in two weeks."), plan); // was dropped
    }

    @Test
    void a_summary_of_what_a_habit_is_for_and_costs_is_a_reflection() {
        NoteDocument note = note("th-pt-labels-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        assertTrue(section(note, "intervention").contains("Therapist reflected that checking is meant to calm the worry, but it ends up "
                + "keeping him up."), section(note, "intervention"));
        String behaviour = section(note, "behaviour");
        assertTrue(behaviour.contains("When asked “What about naps?”, the client answered “I took one on Wednesday.”"), behaviour);
        assertFalse(whole(note).contains("exactly what it does"), whole(note)); // agreement, not a report
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- Headway's session focus ----

    @Test
    void a_session_focus_nothing_states_is_what_therapist_and_client_worked_on() {
        // empty before: no sentence said what the session focused on
        NoteDocument anxiety = note("anxiety-transcript.txt", SessionType.HeadwaySoap, Pronouns.FeminineHer, null);
        assertTrue(section(anxiety, "session_focus").startsWith("Therapist and client practiced the breathing exercise"),
                section(anxiety, "session_focus"));
        // "My goal is to get you more support, not to take him away." is no session focus (it was, by its word "goal"); nor is
        // "developed that into a plan" (nothing named): the focus stays undocumented rather than wrong
        NoteDocument parenting = note("parenting-stress-transcript.txt", SessionType.HeadwaySoap, Pronouns.FeminineHer, null);
        assertEquals("", section(parenting, "session_focus"));
        assertTrue(section(parenting, "plan").contains("the therapist's goal is to get her more support"), section(parenting, "plan"));
    }

    // ---- a widower seen with his daughter (older-adult-daughter-transcript.txt) ----

    @Test
    void a_widowers_wish_to_join_his_wife_and_the_pistol_moved_are_charted() {
        NoteDocument note = note("older-adult-daughter-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        // "Sometimes when people lose a spouse, they think about joining them. Have you had thoughts like that?" "I think about
        // it. I told God he can take me any time. But I won't do anything, it's a sin, and Carmen needs me." was no screening
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "intent denied", "protective factors named");
        // "Would you be okay with Carmen keeping the pistol at her house for now?" "Yes. Take it."
        assertQualified(si, "means restriction agreed");
        // "Is anyone taking money from you or making you sign things you don't understand?" "No. ..."
        assertEquals("denied", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
    }

    @Test
    void a_grown_child_in_the_room_is_not_the_client() {
        NoteDocument note = note("older-adult-daughter-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        // "Daughter:" was read as the client ("the client answered “I'm Carmen. I drove him today.”")
        assertTrue(subjective.contains("Client's daughter reports that he left the stove on twice last month"), subjective);
        assertFalse(subjective.contains("I'm Carmen"), subjective);
        assertFalse(subjective.contains("told God"), subjective); // the screening answer is the risk section's
        // "I wake up at three and walk around the house.", "Now I write everything down and still forget." (was "walk", "forget")
        assertTrue(subjective.contains("he wakes up at three and walks around the house"), subjective);
        assertTrue(subjective.contains("he writes everything down and still forgets"), subjective);
        // "I'd like to do a short memory screening next time, and I'll send a note to your primary doctor" was dropped
        assertTrue(section(note, "plan").contains("Therapist will do a short memory screening next time, and the therapist will send a "
                + "note to his primary doctor about the forgetting."), section(note, "plan"));
    }

    // ---- a counselor's depression follow-up, sertraline stopped (counselor-depression-meds.txt) ----

    @Test
    void an_answer_opening_with_its_verb_is_quoted_with_its_question() {
        NoteDocument note = note("counselor-depression-meds.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String all = whole(note);
        // "And what did you do next?" "Put my phone face down ..." was "Client reports that put her phone face down"
        assertTrue(all.contains("When asked “And what did you do next?”, the client answered “Put my phone face down and pulled the "
                + "blanket over my head.”"), all);
        assertTrue(section(note, "subjective").contains("the client answered “Put my phone face down"), section(note, "subjective"));
        // "If those thoughts got stronger, what would you do?" "Call you, or the crisis line ..." was "She explains that call you"
        assertTrue(all.contains("When asked “If those thoughts got stronger, what would you do?”, the client answered “Call you, or the "
                + "crisis line on the card you gave me."), all);
        assertFalse(all.contains("that put her"), all);
        assertFalse(all.contains("that call you"), all);
    }

    @Test
    void a_planned_second_step_keeps_its_subject_and_the_clinicians_account_of_the_pattern_is_kept() {
        NoteDocument note = note("counselor-depression-meds.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        // "I could put the walking group on Tuesday and Thursday in my calendar. And maybe call my friend Rosa on Sunday.",
        // answering "could we schedule them ahead of time?": the plan, one sentence (the second was quoted as a fragment)
        assertTrue(section(note, "plan").contains("she could put the walking group on Tuesday and Thursday in her calendar, and maybe "
                + "call her friend Rosa on Sunday."), section(note, "plan"));
        // the clinician's account of the client's pattern is the intervention (it was dropped)
        assertTrue(section(note, "intervention").contains("Therapist stated that withdrawal makes sense in the moment, but it feeds the "
                + "low mood."), section(note, "intervention"));
        assertEquals("endorsed", risk(note, "suicidal_ideation").polarity());
        assertQualified(risk(note, "suicidal_ideation"), "passive", "intent denied", "crisis resources given");
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- an IOP individual session in BIRP notes (sud-birp-notes.txt) ----

    @Test
    void an_iop_note_keeps_its_headed_parts_and_charts_no_burden_beside_the_denial() {
        NoteDocument note = note("sud-birp-notes.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        assertTrue(section(note, "behaviour").contains("Client reports 19 days abstinent from alcohol as of today; last drink 11/13."),
                section(note, "behaviour"));
        assertTrue(section(note, "intervention").contains("Developed coping card for evening cravings: call brother, take the highway "
                + "route home, urge surf for 10 minutes."), section(note, "intervention"));
        assertTrue(section(note, "response").contains("Client rated confidence in staying sober this week 7/10."), section(note, "response"));
        assertTrue(section(note, "plan").contains("Client to ask for sponsor's number at Tuesday meeting."), section(note, "plan"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity());
        // "pt identified fear of "being a burden"" (asking a sponsor for help) is no risk factor beside "Pt denies SI/HI."
        assertFalse(si.summary().contains("burden"), si.summary());
    }

    // ---- a psychiatrist's medication follow-up, speakers by name (psych-med-mgmt-names.txt) ----

    @Test
    void a_prescribers_medication_decisions_and_labs_are_the_plan() {
        NoteDocument note = note("psych-med-mgmt-names.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        // "The lamotrigine seems to be helping, so let's keep it at 200 milligrams.", "Since the quetiapine is making you groggy
        // and you're skipping it anyway, I'd like to lower it to 25 milligrams at bedtime ..." and the labs were all dropped
        assertTrue(plan.contains("Therapist will keep the lamotrigine at 200 milligrams, as the lamotrigine seems to be helping."), plan);
        assertTrue(plan.contains("Therapist will lower the quetiapine to 25 milligrams at bedtime, and he can take it every night, since "
                + "the quetiapine is making him groggy and he is skipping it anyway."), plan);
        assertTrue(plan.contains("Therapist will get a fasting lipid panel and A1c before the next visit, because of the quetiapine."), plan);
        assertTrue(plan.contains("Next session: in eight weeks, sooner if anything changes."), plan);
    }

    @Test
    void a_mental_status_said_aloud_is_observed_and_a_side_effect_answer_is_the_clients_report() {
        NoteDocument note = note("psych-med-mgmt-names.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        // "You're speaking at a normal pace today, you're making good eye contact ..." was a reflection, in the assessment
        assertTrue(section(note, "objective").contains("Therapist observed that he is speaking at a normal pace today, he is making good "
                + "eye contact, and his mood seems euthymic"), section(note, "objective"));
        String subjective = section(note, "subjective");
        // "Any rash, even a small one, since the increase?" "No rash." was the assessment
        assertTrue(subjective.contains("the client answered “No rash."), subjective);
        // "I just don't want the summer to happen again." was "he just don't want"
        assertTrue(subjective.contains("he just does not want the summer to happen again"), subjective);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    // ---- a disclosure of a partner's violence, with safety planning (dv-disclosure-transcript.txt) ----

    @Test
    void a_partners_violence_is_charted_with_its_signs_of_lethality_and_what_was_done() {
        NoteDocument note = note("dv-disclosure-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        // "Has he ever choked you ...?" "Once. Last spring. ...", "if I ever left he'd make sure I regretted it", "Are there
        // weapons in the house?" "He has a hunting rifle in the garage." were in the quotes, or nowhere, but not named
        assertQualified(abuse, "strangulation reported", "threats to harm or kill reported", "firearm in the home reported");
        // "Do you feel safe going home tonight?" "Tonight, yeah. ..."; the safety plan and the hotline came twenty turns later
        assertQualified(abuse, "client reports feeling safe for now", "safety plan made or reviewed", "crisis resources given");
        // "No. I'm scared, but I want to be here for Lily."
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity());
        assertQualified(si, "protective factors named");
    }

    @Test
    void a_safety_plans_steps_answered_by_the_client_are_the_plan() {
        NoteDocument note = note("dv-disclosure-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "Could you keep a bag at your sister's with copies of your ID ...?" "I can bring it over on Wednesday when he's at work.":
        // the answer was the client's report, its "it" unexplained, and the question had given it the topic of medication
        assertTrue(plan.contains("When asked “Could you keep a bag at your sister's with copies of your ID, Lily's birth certificate, some "
                + "cash, and any medications?”, the client answered “I can bring it over on Wednesday when he's at work.”"), plan);
        // "I'd also like you to save the domestic violence hotline number ..." "I'll put it under my dentist."
        assertTrue(plan.contains("Client was asked to save the domestic violence hotline number in her phone under a different name. Client "
                + "reports that she will put it under her dentist."), plan);
        assertTrue(plan.contains("Client was instructed to call 911 if she is ever in immediate danger."), plan);
    }

    // ---- a biopsychosocial assessment of chronic pain and depression (bps-chronic-pain-transcript.txt) ----

    @Test
    void a_biopsychosocial_puts_the_family_the_opioid_history_the_formulation_and_the_diagnosis_in_their_sections() {
        NoteDocument note = note("bps-chronic-pain-transcript.txt", SessionType.Bps, Pronouns.MasculineHim, null);
        // the fifth sentence of "Tell me about your family growing up." was the psychiatric history; the family history was empty
        assertTrue(section(note, "family_history").contains("younger brother has bipolar, he's been hospitalized a few times"),
                section(note, "family_history"));
        // "How was coming off the oxycodone?" "Rough. I was scared of it, honestly, I was taking more than I should have ..."
        assertTrue(section(note, "substance_use").contains("he was taking more than he should have near the end"), section(note, "substance_use"));
        // "Here's how I'm putting it together. You have chronic pain that has taken away your work ..." was the medical history
        assertTrue(section(note, "formulation").contains("Therapist stated that he has chronic pain that has taken away his work"),
                section(note, "formulation"));
        assertFalse(section(note, "medical_history").contains("chronic pain that has taken away"), section(note, "medical_history"));
        // "I think you're dealing with major depression, moderate, alongside the pain." left the diagnosis undocumented
        assertTrue(section(note, "diagnosis").contains("major depression, moderate"), section(note, "diagnosis"));
    }

    @Test
    void the_whole_answer_to_a_screening_question_is_the_risk_sections_with_the_firearm_locked_away() {
        NoteDocument note = note("bps-chronic-pain-transcript.txt", SessionType.Bps, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "Do you have any guns at home?" "I have a shotgun for hunting. It's locked in a safe in the basement, and my wife has
        // the key." (a shotgun was no gun, and the lock was in the next sentence)
        assertQualified(si, "passive", "plan denied", "intent denied", "firearms reported locked away", "protective factors named");
        // the answer was the medical history, "I would never do that to my kids" the social history, "I don't have a plan" the
        // history of the presenting problem
        String all = whole(note).replace(si.summary(), "");
        assertFalse(all.contains("life insurance"), all);
        assertFalse(all.contains("never do that to his kids"), all);
        assertFalse(all.contains("does not have a plan"), all);
        assertFalse(all.contains("shotgun"), all);
    }

    // ---- an adolescent's intake, his mother there for the first part (teen-intake-mother.txt) ----

    @Test
    void an_adolescent_intake_keeps_the_observation_said_aloud_and_the_plan_to_tell_the_parent() {
        NoteDocument note = note("teen-intake-mother.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        // "Jordan appears tired, with a flat affect and little eye contact, ..." was dropped; the mental status was empty
        assertTrue(section(note, "mental_status").contains("Therapist observed that Jordan appears tired, with a flat affect and little "
                + "eye contact"), section(note, "mental_status"));
        // "I want to share with your mom that you've been having thoughts of not being here, without the details about the
        // vaping or weed ..." was the substance use, and so was its answer (named in the question, not in "I guess.")
        assertTrue(section(note, "plan").contains("Therapist will share with his mom that he has been having thoughts of not being here"),
                section(note, "plan"));
        assertFalse(section(note, "substance_use").contains("share with"), section(note, "substance_use"));
        assertFalse(section(note, "substance_use").contains("freak out"), section(note, "substance_use"));
        assertTrue(section(note, "medical_history").contains("he has asthma, he uses an inhaler"), section(note, "medical_history"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertQualified(si, "passive", "plan denied", "crisis resources given");
    }

    // ---- a GIRP session of exposure work for social anxiety, "T:" and "C:" (girp-social-anxiety-transcript.txt) ----

    @Test
    void a_goal_set_last_time_is_the_goal_and_a_task_spelled_after_a_colon_is_the_plan() {
        NoteDocument note = note("girp-social-anxiety-transcript.txt", SessionType.Girp, Pronouns.FeminineHer, null);
        // "Last time we set a goal for this month: speaking up at least once in every team meeting." left the goal undocumented
        assertTrue(section(note, "goal").contains("set a goal for this month: speaking up at least once in every team meeting"),
                section(note, "goal"));
        // "For this week, let's build on Monday: in Thursday's meeting, ask one question, ..." was dropped
        assertTrue(section(note, "plan").contains("Client was asked, for this week, in Thursday's meeting, to ask one question, even a "
                + "short one, and write her prediction before and what happened after."), section(note, "plan"));
        assertTrue(section(note, "response").contains("the client answered “Maybe eighty before. Forty after.”"), section(note, "response"));
    }

    // ---- a dictated ERP progress note (dictated-ocd-progress.txt) ----

    @Test
    void a_dictated_impression_is_the_assessment_and_denying_harm_to_self_or_others_denies_suicidal_ideation() {
        NoteDocument note = note("dictated-ocd-progress.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        // "My impression is that he is responding well to ERP ..." was the subjective, in the clinician's "my"
        assertTrue(section(note, "assessment").contains("Therapist's impression is that he is responding well to ERP and the OCD is now in "
                + "the moderate range."), section(note, "assessment"));
        // "This is a progress note for Daniel, session nine of ..." and "I met with him by video today ..." were the plan
        assertTrue(section(note, "subjective").startsWith("This is a progress note for Daniel, session nine of exposure and response "
                + "prevention for OCD. Therapist met with him by video today for fifty minutes."), section(note, "subjective"));
        assertTrue(section(note, "objective").contains("His Y-BOCS today was 18, down from 27 at intake."), section(note, "objective"));
        // "Today we did an in-session exposure, ..." (the "we" was left as dictated)
        assertTrue(section(note, "plan").contains("Today, the therapist and client did an in-session exposure, touching the door handle"),
                section(note, "plan"));
        // "He denies any thoughts of harming himself or others." left suicidal ideation not addressed
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a grief progress note in notes form, with passive SI and a safety contract (grief-progress-notes.txt) ----

    @Test
    void the_session_record_heads_the_note_and_a_safety_contract_qualifies_passive_suicidal_ideation() {
        NoteDocument note = note("grief-progress-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "Session 6, individual, 53 min, in person." had been the plan's first sentence
        assertTrue(section(note, "subjective").startsWith("Session 6, individual, 53 minutes, in person."), section(note, "subjective"));
        assertFalse(section(note, "plan").contains("Session 6"), section(note, "plan"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertQualified(si, "passive", "plan denied", "intent denied", "contracted for safety", "safety plan made or reviewed",
                "crisis resources given", "protective factors named");
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertTrue(section(note, "plan").contains("Homework: spend 10 minutes in the closet with one item of husband's clothing"),
                section(note, "plan"));
    }

    // ---- an adolescent's DBT session: blades found at home, a cut since the last session (teen-blades-found-transcript.txt) ----

    @Test
    void a_cut_since_the_last_session_is_self_harm_endorsed_and_the_weeks_tasks_are_the_plan() {
        NoteDocument note = note("teen-blades-found-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        // "Have you cut since we last met?" "Once. Thursday. On my thigh, not deep." had left self-harm unclear
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("endorsed", selfHarm.polarity(), selfHarm.summary());
        assertTrue(selfHarm.summary().contains("Once. Thursday. On my thigh, not deep."), selfHarm.summary());
        assertTrue(selfHarm.summary().contains("My mom found my razor blades on Sunday."), selfHarm.summary());
        // the event stays in the client's account of the week too, where the next sentence's "she" needs it
        assertTrue(section(note, "data").contains("Client reports that her mom found her razor blades on Sunday."), section(note, "data"));
        assertQualified(selfHarm, "safety plan made or reviewed", "crisis resources given");
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        // "For this week: ice first, ..." and "I'll see you Tuesday." were dropped: the plan was not documented
        assertTrue(section(note, "plan").contains("Client was asked, for this week, to do the following: ice first, phone in the kitchen "
                + "for thirty minutes, and fill in the diary card every night."), section(note, "plan"));
        assertTrue(section(note, "plan").contains("Next session: Tuesday."), section(note, "plan"));
    }

    // ---- CBT for insomnia with an older man: a sleep window, stimulus control, a passive death wish (insomnia-cbti-transcript.txt) ----

    @Test
    void a_passive_wish_not_to_wake_up_is_endorsed_passive_with_intent_and_plan_denied() {
        NoteDocument note = note("insomnia-cbti-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        var si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary()); // "it wouldn't be the worst thing not to wake up" had read as denied
        assertTrue(si.summary().contains("passive"), si.summary());
        assertTrue(si.summary().contains("intent denied"), si.summary());
        assertTrue(si.summary().contains("plan denied"), si.summary());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    @Test
    void the_sleep_window_the_rules_and_the_worry_period_are_the_plan() {
        NoteDocument note = note("insomnia-cbti-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist and client set his time in bed to five and a half hours to start, so bed at twelve thirty "
                + "and up at six every day, weekends too."), plan);
        assertTrue(plan.contains("Client was asked to do a worry period in the early evening, for the worry at three."), plan);
        assertTrue(plan.contains("Client was asked to write down the worries and one next step for each, fifteen minutes at seven o'clock."),
                plan);
        // "... and no naps." "The naps will be hard. I'll go for a walk after lunch instead.": how he will keep to it
        assertTrue(plan.contains("he will go for a walk after lunch instead"), plan);
        assertFalse(plan.contains("sleep diary"), plan); // the diary brought is the week's report, not the plan
        assertTrue(section(note, "subjective").contains("When asked “Did you bring the sleep diary?”, the client answered “I did. "
                + "Two weeks of it.”"), section(note, "subjective"));
    }

    @Test
    void the_insomnia_severity_index_is_objective_and_a_clause_alone_stays_with_its_answer() {
        NoteDocument note = note("insomnia-cbti-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String objective = section(note, "objective");
        assertTrue(objective.contains("Therapist noted that his Insomnia Severity Index today is 19, which is in the moderate range."),
                objective);
        String subjective = section(note, "subjective");
        // "Money, mostly. The pension. Whether we'll have to sell the house.": was "He adds that Whether they'll have to sell the house."
        assertTrue(subjective.contains("the client answered “Money, mostly. The pension. Whether we'll have to sell the house. And my "
                + "heart thing, the cardiologist appointment is next month.”"), subjective);
        assertFalse(whole(note).contains("that Whether"), whole(note));
        assertFalse(whole(note).contains("that like calling"), whole(note));
    }

    // ---- school avoidance in a GIRP, an adolescent (they/them) and a mother who joins at the end (school-avoidance-girp-transcript.txt) ----

    @Test
    void a_mothers_hi_is_a_greeting_not_homicidal_ideation() {
        NoteDocument note = note("school-avoidance-girp-transcript.txt", SessionType.Girp, Pronouns.NeutralThem, null);
        var hi = risk(note, "homicidal_ideation");
        assertEquals("not_assessed", hi.polarity(), hi.summary()); // "Mother: Hi." had charted homicidal ideation endorsed
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    @Test
    void the_exposure_ladders_steps_are_quoted_with_their_questions_and_the_session_work_is_the_intervention() {
        NoteDocument note = note("school-avoidance-girp-transcript.txt", SessionType.Girp, Pronouns.NeutralThem, null);
        String response = section(note, "response");
        // were "They explain that walking in through the side door ...", "They also report that going to homeroom ..."
        assertTrue(response.contains("When asked “What feels like a four?”, the client answered “Walking in through the side door before the "
                + "bell, when it's quiet.”"), response);
        assertTrue(response.contains("When asked “And a six?”, the client answered “Going to homeroom and sitting in my seat.”"), response);
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("Therapist and client developed the next steps of their ladder for school."), intervention);
        assertTrue(intervention.contains("Therapist and client wrote that down as evidence."), intervention); // was "developed that down"
        assertTrue(section(note, "plan").contains("Client was asked to fill in the worry log each night, with what they predicted and what "
                + "actually happened."), section(note, "plan"));
        assertTrue(section(note, "goal").contains("a goal of getting to school three mornings this week"), section(note, "goal"));
    }

    @Test
    void what_the_clinician_asks_of_a_mother_who_has_just_spoken_is_her_task_in_the_plan() {
        NoteDocument note = note("school-avoidance-girp-transcript.txt", SessionType.Girp, Pronouns.NeutralThem, null);
        String plan = section(note, "plan");
        // was "Therapist stated that this week, when Sam wants to turn back, the therapist would like them to stay calm ...", in Response
        assertTrue(plan.contains("Client's mother was instructed, this week, to stay calm, remind them of the breathing, and drive to the "
                + "side door instead of home when Sam wants to turn back."), plan);
        assertTrue(plan.contains("when she starts later"), plan); // "when you start later", said to the mother
        // "Jake, this week I'd like you to ...", after his mother spoke: the client, by name
        NoteDocument jake = note("adolescent-with-parent.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertTrue(section(jake, "plan").contains("Client was asked to notice the thought that everyone thinks he is stupid"),
                section(jake, "plan"));
    }

    // ---- a DAP in a prescriber's abbreviations (dap-abbreviations-notes.txt) ----

    @Test
    void a_dap_in_abbreviations_reads_in_words_with_its_sections_and_risk_kept() {
        NoteDocument note = note("dap-abbreviations-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        String data = section(note, "data");
        assertTrue(data.contains("Client is a 34-year-old male seen for follow-up regarding MDD, recurrent, moderate."), data); // "34 y/o M"
        assertTrue(data.contains("no side effects reported"), data); // "no SEs reported"
        assertTrue(data.contains("PHQ-9 today 11 (was 17)."), data);
        assertTrue(section(note, "assessment").contains("weekend isolation remains primary target"), section(note, "assessment"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Continue BA: schedule 2 pleasant activities each weekend day (client chose hike with brother Sun, library Sat)."),
                plan);
        assertTrue(plan.contains("Return to clinic in 2 weeks."), plan);
        var si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("risk level documented as low"), si.summary());
        assertEquals("not_assessed", risk(note, "self_harm").polarity());
    }

    // ---- gambling disorder, CBT with a slip, a role-play and a passive death wish (gambling-cbt-transcript.txt) ----

    @Test
    void a_gamblers_passive_death_wish_a_rehearsal_and_the_meetings_are_in_the_note() {
        NoteDocument note = note("gambling-cbt-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        var si = risk(note, "suicidal_ideation");
        // "I thought they'd be better off with the life insurance. But I don't want to die.": had read as denied
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("plan denied"), si.summary());
        String intervention = section(note, "intervention");
        // the role-play is quoted as said ("I'm telling you" had become "he is telling the therapist")
        assertTrue(intervention.contains("In a role-play, the client practiced saying: “Denise, I need to tell you something. I gambled on "
                + "Saturday and I lost the car payment. I'm telling you because I don't want to lie anymore.”"), intervention);
        assertTrue(intervention.contains("Therapist and client looked at the chain from the dinner to the ATM."), intervention);
        assertFalse(whole(note).contains("telling the therapist"), whole(note));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was asked to go to two GA meetings this week, and keep tracking urges on the log."), plan);
        assertTrue(plan.contains("Client was asked to tell his wife by Wednesday, and to set up the self-exclusion at the casino."), plan);
        assertTrue(whole(note).contains("When asked “Where could you have stepped out?”, the client answered “When my cousin said let's go."),
                whole(note));
        // the "Good." before the question acknowledged the answer before it
        assertTrue(whole(note).contains("When asked “You're not having those thoughts now?”, the client answered “No."), whole(note));
    }

    // ---- an intake in notes after a pregnancy loss (perinatal-loss-intake-notes.txt) ----

    @Test
    void an_intake_in_notes_has_its_complaint_history_and_strengths_where_a_reader_looks() {
        NoteDocument intake = note("perinatal-loss-intake-notes.txt", SessionType.Intake, Pronouns.FeminineHer, null);
        // "Initial intake." had been the chief complaint, and "Presents with ..." the diagnostic impression
        assertEquals("Client presents with low mood, tearfulness most days, guilt, and difficulty returning to work as a dental hygienist.",
                section(intake, "chief_complaint"));
        assertFalse(whole(intake).contains("Initial intake"), whole(intake));
        assertTrue(section(intake, "psychiatric_history").contains("One episode of depression in college after her father's death, "
                + "resolved without treatment."), section(intake, "psychiatric_history")); // had been family history
        assertTrue(section(intake, "substance_use").contains("Client denies drug use."), section(intake, "substance_use"));
        // "With client's consent, will coordinate ..." had been cut in two at its comma
        assertTrue(section(intake, "plan").contains("With client's consent, will coordinate with OB regarding referral to psychiatry for "
                + "medication evaluation."), section(intake, "plan"));
        var si = risk(intake, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("risk level documented as low"), si.summary());
        NoteDocument bps = note("perinatal-loss-intake-notes.txt", SessionType.Bps, Pronouns.FeminineHer, null);
        assertEquals("Protective factors: husband, her dog, faith, wants to try for another pregnancy in the future.",
                section(bps, "strengths"));
    }

    // ---- alcohol use, motivational interviewing, speakers by name (aud-mi-names-transcript.txt) ----

    @Test
    void a_drinking_session_keeps_the_withdrawal_warning_the_rulers_and_the_smashed_door() {
        NoteDocument note = note("aud-mi-names-transcript.txt", SessionType.HeadwaySoap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist explained that given how much he is drinking every day, stopping suddenly could be dangerous, "
                + "with shakes or even seizures."), plan);
        assertTrue(plan.contains("Therapist used an importance ruler (motivational interviewing)."), plan);
        assertTrue(plan.contains("Client was instructed to go to the emergency room if he starts having shakes, sweats, or seeing things "
                + "when he cuts down."), plan);
        var abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("punched a hole in the garage door"), abuse.summary());
        var si = risk(note, "suicidal_ideation");
        // "I could have killed somebody. Or myself." then, asked, "No, not like that. I just mean I could have crashed."
        assertEquals("denied", si.polarity(), si.summary());
        assertEquals("not_assessed", risk(note, "homicidal_ideation").polarity());
    }

    @Test
    void a_conversation_of_six_hundred_words_keeps_how_much_he_drank_each_day_in_a_birp_behaviour() {
        NoteDocument note = note("aud-mi-names-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        String behaviour = section(note, "behaviour");
        // a section of a conversation keeps its best sentences only; at 15 + 1 per 100 words the heaviest night and the
        // drive home had been cut from a 634-word session, at 15 + 1 per 50 words they stay
        assertTrue(behaviour.contains("Monday through Thursday it was about six beers a night"), behaviour);
        assertTrue(behaviour.contains("Friday was worse, probably ten or twelve, because of the game"), behaviour);
        assertTrue(behaviour.contains("drove home from his brother's after the game on Friday"), behaviour);
    }

    // ---- a lapse after 83 days sober, chain analysis, BIRP against a plan (birp-alcohol-relapse-transcript.txt) ----

    @Test
    void a_lapse_keeps_how_much_he_drank_the_craving_rating_and_the_medicine_he_stopped() {
        NoteDocument note = note("birp-alcohol-relapse-transcript.txt", SessionType.Birp, Pronouns.MasculineHim,
                "plan-alcohol-use.md");
        String behaviour = section(note, "behaviour");
        assertTrue(behaviour.contains("he had six, maybe seven, and then a couple of shots"), behaviour);
        // a rating told without "it was" is quoted (it read "Client reports that an eight out of ten around five o'clock")
        assertTrue(behaviour.contains("Client stated: “An eight out of ten around five o'clock, right when I'd usually leave work.”"), behaviour);
        // "it" is the naltrexone of the question (it read "he stopped it about a month ago")
        assertTrue(behaviour.contains("When asked “Are you still taking the naltrexone Dr. Ortiz prescribed?”, the client answered “I stopped it "
                + "about a month ago because I felt like I didn't need it anymore.”"), behaviour);
        // "his" is the prescriber's: the client's words (it read "Client states that the client will call his office tomorrow")
        assertTrue(behaviour.contains("Client stated: “I'll call his office tomorrow.”"), behaviour);
        // "That replaying is rumination": no "stated that that"
        assertFalse(whole(note).contains("stated that that replaying"), whole(note));
        String plan = section(note, "plan");
        assertTrue(plan.contains("to text Luis before starting the car after work, go to the Thursday meeting, and call Dr. Ortiz's office"), plan);
        assertTrue(plan.contains("Therapist proposed to talk with his wife together at some point"), plan); // it was the behaviour
        assertTrue(plan.contains("Next session: Wednesday the ninth at four."), plan);
        List<String> touched = note.treatmentPlan().stream().map(l -> l.kind() + ": " + l.item()).toList();
        assertTrue(touched.contains("goal: Maintain abstinence from alcohol."), touched.toString());
        // "Let's look at Friday the way we've practised, as a chain."
        assertTrue(touched.contains("intervention: Relapse prevention (chain analysis of lapses, coping plan for high-risk situations)"),
                touched.toString());
        // "## Problem 2: Depressed mood and shame" heads goal 2 and is no goal of its own (it had been named as one)
        assertTrue(touched.stream().noneMatch(t -> t.contains("Depressed mood and shame")), touched.toString());
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertTrue(risk(note, "suicidal_ideation").summary().contains("protective factors named"), risk(note, "suicidal_ideation").summary());
        assertEquals("denied", risk(note, "abuse").polarity()); // "Has it ever gotten physical at home when you've been drinking?" "No, never."
    }

    @Test
    void a_daughters_words_about_her_late_mother_are_quoted_and_quotations_in_a_row_vary_their_verb() {
        String subjective = section(note("grief-conversation.txt", SessionType.Soap, Pronouns.FeminineHer, null), "subjective");
        // it read "Client explains that the client keeps thinking the client should have noticed she was sick sooner."
        assertTrue(subjective.contains("Client stated: “I keep thinking I should have noticed she was sick sooner.” Client added: “She kept "
                + "saying she was tired and I told her it was just her age.” Client also said: “If I had pushed her"), subjective);
        assertFalse(subjective.contains("the client keeps thinking the client"), subjective);
    }

    @Test
    void a_problem_heading_names_the_goal_only_where_no_goal_of_its_own_follows() {
        GoldenThread thread = new GoldenThread();
        List<GoldenThread.PlanItem> items = thread.parse("""
                ## Problem 1: Depressed mood and shame
                **Goal 1:** Reduce depressive symptoms.
                - Objective 1.1: PHQ-9 below 10 within 12 weeks.

                ## Problem 2: Marital strain after the lapse
                - Objective 2.1: Client and spouse will attend one joint session.
                """);
        assertEquals(List.of(new GoldenThread.PlanItem("goal", "Reduce depressive symptoms."),
                new GoldenThread.PlanItem("objective", "PHQ-9 below 10 within 12 weeks."),
                new GoldenThread.PlanItem("goal", "Marital strain after the lapse"),
                new GoldenThread.PlanItem("objective", "Client and spouse will attend one joint session.")), items);
    }

    // ---- a psychiatric intake: hypomania on sertraline, bipolar II, lamotrigine (psych-intake-bipolar-transcript.txt) ----

    @Test
    void a_psychiatric_intake_keeps_the_medication_trials_prior_episodes_and_the_titration_with_its_warning() {
        NoteDocument note = note("psych-intake-bipolar-transcript.txt", SessionType.PsychiatricIntake, Pronouns.FeminineHer, null);
        String present = section(note, "present_illness");
        // "and I still feel exhausted" is a clause of its own, not "eleven hours and I" as one subject ("she still feel")
        assertTrue(present.contains("she is sleeping ten, eleven hours and she still feels exhausted"), present);
        assertTrue(present.contains("she spent almost four thousand dollars on a credit card in one week"), present);
        assertTrue(present.contains("this actually makes a lot of sense"), present); // not "reports that that actually makes"
        // "Has this happened before?" asks about earlier episodes (it was filed under family and social history)
        assertTrue(section(note, "psychiatric_history").startsWith("When asked “Has this happened before?”, the client answered “A few times. "
                + "The first time was in college.”"), section(note, "psychiatric_history"));
        assertFalse(section(note, "family_social").contains("Has this happened before"), section(note, "family_social"));
        String trials = section(note, "medication_trials");
        // "it" is the sertraline, and the bupropion is named without a verb: both keep their questions
        assertTrue(trials.contains("When asked “How did the sertraline work for you?”, the client answered “At first it was great.”"), trials);
        assertTrue(trials.contains("When asked “Any other medications you've tried?”, the client answered “Bupropion for a couple of months last "
                + "year.”"), trials); // it read "She notes that Bupropion for a couple of months last year."
        String medication = section(note, "medication_plan");
        assertTrue(medication.contains("Therapist will start lamotrigine 25 milligrams once a day for two weeks, then 50 milligrams."), medication);
        assertTrue(medication.contains("Client was instructed to stop the lamotrigine and call the clinic the same day if she sees a rash."),
                medication); // "call us"
        assertTrue(section(note, "impression").contains("most consistent with bipolar II disorder, currently depressed"), section(note, "impression"));
        assertTrue(section(note, "impression").contains("Therapist explained that this changes how they treat it"), section(note, "impression"));
        var si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("plan denied") && si.summary().contains("intent denied")
                && si.summary().contains("no access to firearms or weapons reported") && si.summary().contains("exposure to suicide"), si.summary());
    }

    // ---- cognitive processing therapy with a veteran, in the clinician's shorthand (cpt-veteran-notes.txt) ----

    @Test
    void a_cpt_note_in_shorthand_keeps_the_homework_in_the_subjective_and_the_locked_handgun_in_the_risk() {
        NoteDocument note = note("cpt-veteran-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        // "referred by VA PCP" is how he came, not a referral planned (it was the plan)
        assertTrue(subjective.contains("Client is a 34-year-old male Army veteran (2 deployments, Afghanistan), referred by VA PCP for PTSD."),
                subjective);
        // the homework as it went (it was the plan)
        assertTrue(subjective.contains("Completed 3 of 5 ABC worksheets. Did not complete impact statement rewrite."), subjective);
        assertTrue(subjective.contains("Client denies withdrawal symptoms."), subjective); // "w/d sx" read "with d symptoms"
        assertTrue(subjective.contains("Client owns a handgun, kept in a lockbox; wife has the key."), subjective);
        assertFalse(section(note, "plan").contains("Completed 3 of 5"), section(note, "plan"));
        assertTrue(section(note, "objective").contains("PCL-5 today = 47 (was 58 at intake, 52 last week)."), section(note, "objective"));
        var si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary()); // the passing thought last week, beside "Denies SI, intent, or plan"
        assertTrue(si.summary().contains("access to firearms reported; firearms reported locked away"), si.summary());
        assertTrue(si.summary().contains("safety plan made or reviewed; crisis resources given"), si.summary());
        // "irritable w/ kids, no physical aggression", his wife said
        assertEquals("denied", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
    }

    @Test
    void a_denial_of_suicidal_ideation_keeps_the_safety_plan_and_the_crisis_line_given_beside_it() {
        var si = risk(note("adolescent-abuse-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null), "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("safety plan made or reviewed"), si.summary()); // "Collaboratively developed a safety plan ..."
    }

    // ---- a biopsychosocial intake four months postpartum, intrusive thoughts of harm (bps-postpartum-intake-transcript.txt) ----

    @Test
    void a_postpartum_intake_charts_intrusive_thoughts_as_unwanted_and_feeling_safe_at_home_as_no_abuse() {
        NoteDocument note = note("bps-postpartum-intake-transcript.txt", SessionType.Bps, Pronouns.FeminineHer, null);
        var hi = risk(note, "homicidal_ideation");
        // "what if I hurt her with the knife. I would never. It makes me sick." (no finding before)
        assertEquals("endorsed", hi.polarity(), hi.summary());
        assertTrue(hi.summary().contains("described as intrusive and unwanted (ego-dystonic)"), hi.summary());
        // "Do you feel safe at home?" "Yes. Completely." (it had been abuse endorsed, with "I was so scared you'd call CPS")
        var abuse = risk(note, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertFalse(abuse.summary().contains("CPS"), abuse.summary());
        assertEquals("denied", risk(note, "suicidal_ideation").polarity()); // "But I don't want to die."
        String history = section(note, sectionKey(note, "History of presenting problem"));
        assertTrue(history.contains("When asked “How are things with your husband?”, the client answered “He's supportive, he's just exhausted "
                + "too.”"), history); // it read "She states that he's supportive"
        assertTrue(history.contains("she was so scared the therapist would call CPS"), history);
        assertTrue(whole(note).contains("Client reports that her OB gave her the therapist's name."), whole(note));
        // "Has anything like this happened before the baby?": an earlier episode
        assertTrue(section(note, sectionKey(note, "Psychiatric history")).contains("in college she had a stretch of bad anxiety during finals"),
                whole(note));
        // "What has helped, even a little?"
        assertTrue(section(note, sectionKey(note, "Strengths")).contains("Walking with the stroller in the morning."), whole(note));
        assertTrue(section(note, sectionKey(note, "Diagnosis")).contains("this sounds like postpartum anxiety with obsessive thoughts"),
                whole(note));
        String recommendations = section(note, sectionKey(note, "Treatment recommendations"));
        assertTrue(recommendations.contains("Patel in the perinatal psychiatry clinic"), recommendations); // "our"
    }

    private static String sectionKey(NoteDocument note, String title) {
        return note.sections().stream().filter(s -> s.title().equals(title)).findFirst().map(NoteSection::key)
                .orElseThrow(() -> new AssertionError("no section titled " + title));
    }

    // ---- a manic presentation, the psychiatrist dictating the examination into the session (mse-mania-transcript.txt) ----

    @Test
    void a_mental_status_examination_dictated_into_the_session_fills_its_domains() {
        NoteDocument note = note("mse-mania-transcript.txt", SessionType.Mse, Pronouns.FeminineHer, null);
        // all but speech, thought process and insight had been dropped or put under Affect
        assertEquals("Client is dressed in bright, layered clothing with heavy makeup, somewhat disheveled.", section(note, "appearance"));
        assertEquals("Psychomotor agitation, unable to stay seated.", section(note, "behaviour"));
        assertEquals("Speech is rapid, loud, and pressured, difficult to interrupt.", section(note, "speech"));
        assertEquals("Mood described as amazing.", section(note, "mood"));
        assertEquals("Affect expansive and irritable at times.", section(note, "affect"));
        assertEquals("Alert and oriented to person, place, and time. Attention poor, easily distracted.", section(note, "cognition"));
        // the answers to the screens for hallucinations and for paranoia or grandiosity, under their domains
        assertTrue(section(note, "perception").startsWith("When asked “Do you ever hear or see things other people don't?”, the client "
                + "answered “No.”"), section(note, "perception"));
        String content = section(note, "thought_content");
        assertTrue(content.contains("When asked “Do you feel like anyone is trying to harm you, or that you have special powers?”, the "
                + "client answered “Not harm me.”"), content);
        assertTrue(content.contains("the songs on the radio are sending her messages about her plan"), content);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    // ---- a GP consultation for panic, with an examination said aloud (gp-anxiety-consult.txt) ----

    @Test
    void a_gp_consultation_keeps_its_examination_impression_and_every_step_of_management() {
        NoteDocument note = note("gp-anxiety-consult.txt", SessionType.GpSoap, Pronouns.FeminineHer, null);
        // the examination had been dropped entirely
        assertEquals("Blood pressure is 128 over 82, pulse 88 and regular. Chest is clear, heart sounds normal. Thyroid feels normal.",
                section(note, "objective"));
        assertTrue(section(note, "assessment").startsWith("The therapist thinks these are panic attacks, from what she describes and the "
                + "normal tests at A&E."), section(note, "assessment"));
        String management = section(note, "plan");
        // dropped: the advice on coffee, the blood tests, the review in four weeks, the reassurance
        assertTrue(management.contains("Therapist recommended cutting the coffee down gradually to one or two a day, because caffeine can "
                + "trigger symptoms."), management);
        assertTrue(management.contains("Therapist will do a blood test for thyroid and a full blood count to be thorough."), management);
        assertTrue(management.contains("Next session: in four weeks."), management);
        assertTrue(management.contains("Therapist explained that they're very common and they feel terrifying, but they aren't dangerous "
                + "to her heart."), management);
        assertTrue(management.contains("Patient was instructed to call 999 if she gets chest pain that's different"), management);
        // a general practice note says "patient" throughout, the risk findings too
        assertFalse(whole(note).matches("(?s).*\\b[Cc]lient\\b.*"), whole(note));
        assertTrue(risk(note, "suicidal_ideation").summary().contains("patient answered"), risk(note, "suicidal_ideation").summary());
        String complaint = section(note, "subjective");
        // "She adds that usually at work, once in the supermarket." ("at work" had been taken for a verb)
        assertTrue(complaint.contains("When asked “How often have these been happening?”, the patient answered “Three or four times in the last "
                + "month. Usually at work, once in the supermarket. They last maybe ten minutes.”"), complaint);
        assertFalse(whole(note).contains("That'll"), whole(note));
    }

    // ---- a child's play therapy in BIRP notes, mother present (child-play-birp-notes.txt) ----

    @Test
    void a_childs_play_therapy_note_keeps_risk_in_its_domain_and_the_mothers_response() {
        NoteDocument note = note("child-play-birp-notes.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        // "client denies anyone hurting him" had been charted as homicidal ideation denied
        assertEquals("not_assessed", risk(note, "homicidal_ideation").polarity(), risk(note, "homicidal_ideation").summary());
        var abuse = risk(note, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("client denies anyone hurting him when asked directly"), abuse.summary());
        assertTrue(section(note, "response").contains("Mother receptive to psychoeducation and asked for a book about separation for "
                + "children."), section(note, "response")); // it had been the behaviour
        assertTrue(section(note, "intervention").startsWith("Clinician used tracking, reflection of feeling, and limit setting (ACT model)."),
                section(note, "intervention"));
        assertTrue(section(note, "plan").contains("Refer to pediatrician to rule out medical causes of enuresis."), section(note, "plan"));
    }

    // ---- family-based treatment for anorexia: a weigh-in, a mother's tasks, a teenager speaking to her mother (ed-fbt-transcript.txt) ----

    @Test
    void a_family_based_session_keeps_the_weigh_in_and_gives_the_mother_her_tasks() {
        NoteDocument note = note("ed-fbt-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String data = section(note, "data");
        assertTrue(data.contains("Therapist noted that she is at 46.2 kilos today, up 0.4 from last week."), data); // dropped
        // "Client reports that you put butter on it without asking."
        assertTrue(data.contains("Client said to her mother: “Because you put butter on it without asking.”"), data);
        String plan = section(note, "plan");
        // "Mrs. Cohen, for this week I'd like you to plate breakfast ...": was "Therapist stated that Mrs. Cohen, ... would like her to"
        assertTrue(plan.contains("Client's mother was asked to plate breakfast the way the meal plan says, with the butter, and sit with Maya "
                + "until it's finished, calmly, without negotiating."), plan);
        // imperatives after the mother's turn: were "Client was asked to ..."
        assertTrue(plan.contains("Client's mother was asked to stay calm and keep the conversation off food."), plan);
        assertTrue(plan.contains("Client's mother was asked to check in on her at night, so the sit-ups can be interrupted."), plan);
        var si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("plan denied"), si.summary());
    }

    // ---- a short BIRP in notes, its intervention and response in one sentence (birp-grounding-notes.txt) ----

    @Test
    void a_response_after_a_semicolon_is_the_response_and_the_clients_week_is_not_the_plan() {
        NoteDocument note = note("birp-grounding-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        // "Practiced grounding with 5-4-3-2-1; client tolerated well ..." had been one sentence, all of it the intervention
        assertTrue(section(note, "intervention").startsWith("Practiced grounding with 5-4-3-2-1."), section(note, "intervention"));
        assertTrue(section(note, "response").contains("Client tolerated well."), section(note, "response"));
        assertTrue(section(note, "response").contains("Client responded well to reframing and generated a balanced thought."),
                section(note, "response"));
        // it had been the plan
        assertTrue(section(note, "behaviour").contains("She has not been to the gym in two weeks and has cancelled plans with friends twice."),
                section(note, "behaviour"));
        assertFalse(section(note, "plan").contains("gym"), section(note, "plan"));
    }

    // ---- a teenager's sleep, his mother in the session, tasks for both (teen-sleep-mother-transcript.txt) ----

    @Test
    void tasks_for_a_teenager_and_his_mother_in_one_session_are_each_theirs() {
        NoteDocument note = note("teen-sleep-mother-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        // the whole plan but the next session had been dropped
        assertTrue(plan.contains("Therapist asked for the phone to charge in the kitchen at ten, for this week. Client was asked to try the "
                + "wind-down routine they made, reading or music for twenty minutes."), plan);
        assertTrue(plan.contains("Client's mother was asked to check in with Jordan once in the evening without bringing up grades."), plan);
        var abuse = risk(note, "abuse");
        // "he screamed at me and punched the door", said by his mother (and quoted as hers, not as the client's)
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("client's mother said “I took the phone away once and he screamed at me and punched the door.”"),
                abuse.summary());
    }

    // ---- a teenager with ADHD and his mother, homework at home (adhd-homework-family-transcript.txt) ----

    @Test
    void tasks_for_the_client_and_his_mother_together_name_both_and_the_list_names_each() {
        NoteDocument note = note("adhd-homework-family-transcript.txt", SessionType.Standard, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        // "For this week: Tyler, do step one and two of the essay by Sunday." had read "to do the following: tyler, do ..."
        assertTrue(plan.contains("Client was asked, for this week, to do step one and two of the essay by Sunday."), plan);
        // "Mom, Sunday check-in with the calendar, ten minutes max." and "Both of you practise the pause." had been dropped
        // or read "Therapist stated that both of them practise the pause"
        assertTrue(plan.contains("Task for client's mother: Sunday check-in with the calendar, ten minutes max."), plan);
        assertTrue(plan.contains("Client and his mother were asked to practise the pause."), plan);
        assertTrue(plan.contains("Client and his mother were instructed to try a pause when it gets heated."), plan);
        // "I'll see you both next Thursday at four."
        assertTrue(plan.contains("Next session: next Thursday at four."), plan);
        String interventions = section(note, "interventions");
        assertTrue(interventions.contains("Therapist explained that a lot of teenagers with ADHD get stuck at the starting point of long "
                + "assignments."), interventions);
        assertTrue(interventions.contains("Therapist and client worked in session to take the next big assignment and break it into steps."),
                interventions);
        // "Let's try something today." says nothing yet; "It sounds like both of you were overwhelmed" keeps its "both"
        assertFalse(whole(note).contains("practiced something"), whole(note));
        assertTrue(interventions.contains("Therapist reflected that both of them were overwhelmed that night."), interventions);
        // "Any thoughts of hurting yourself, or feeling like life isn't worth it, even for a moment?" "No. Nothing like that."
        assertEquals("denied", risk(note, "suicidal_ideation").polarity(), risk(note, "suicidal_ideation").summary());
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a psychiatric follow-up in the prescriber's shorthand (psych-ssri-followup-notes.txt) ----

    @Test
    void a_prescribers_notes_of_how_the_month_went_are_subjective_and_rtc_reads_once() {
        NoteDocument note = note("psych-ssri-followup-notes.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        String subjective = section(note, "subjective");
        // both had been the plan
        assertTrue(subjective.contains("Client has not needed the hydroxyzine PRN in two weeks."), subjective);
        assertTrue(subjective.contains("Energy \"coming back\", walking the dog most days."), subjective);
        String plan = section(note, "plan");
        assertFalse(plan.contains("hydroxyzine PRN in two weeks"), plan);
        // "RTC in 4 weeks" had read "Return to clinic in in 4 weeks"
        assertTrue(plan.contains("Return to clinic in 4 weeks, sooner if worsening mood or any suicidal ideation"), plan);
        assertTrue(section(note, "objective").contains("PHQ-9 today 11 (was 18)."), section(note, "objective"));
    }

    // ---- EMDR on a memory of a partner's violence (emdr-dv-target-transcript.txt) ----

    @Test
    void an_emdr_target_named_by_the_clinician_and_its_ratings_fill_their_sections() {
        NoteDocument note = note("emdr-dv-target-transcript.txt", SessionType.Emdr, Pronouns.FeminineHer, null);
        String target = section(note, "target");
        // the target section had been empty
        // (under the section's own "Target memory" heading, without the label)
        assertTrue(target.startsWith("The night he threw the chair through the window."), target);
        assertTrue(target.contains("the client answered “The glass everywhere, and him standing in the doorway.”"), target);
        assertTrue(target.contains("the client answered “In my throat, like it's closing.”"), target);
        // "And the disturbance, from zero to ten?" "Eight." and "..., one to seven?" "A six." had been left in the processing
        String sud = section(note, "sud");
        assertTrue(sud.contains("the client answered “Eight.”") && sud.contains("the client answered “A three.”"), sud);
        String voc = section(note, "voc");
        assertTrue(voc.contains("the client answered “Maybe a three.”") && voc.contains("the client answered “A six.”"), voc);
        assertTrue(section(note, "processing").contains("Therapist and client used the calm place exercise to close the session."),
                section(note, "processing"));
        var abuse = risk(note, "abuse");
        // "I didn't answer, and I sent the screenshots to my lawyer for the protective order." had read "denied": the "didn't"
        // of the clause before was taken for the protective order's
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("client reports feeling safe for now"), abuse.summary());
        assertFalse(abuse.summary().contains("crisis resources given"), abuse.summary()); // "I called 911" that night is no resource given
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    // ---- an intake: low mood and drinking, a rifle in a safe (intake-alcohol-depression-transcript.txt) ----

    @Test
    void a_rifle_named_after_no_plan_is_access_reported_and_the_impression_and_recommendation_are_charted() {
        NoteDocument note = note("intake-alcohol-depression-transcript.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        var si = risk(note, "suicidal_ideation");
        // "Do you have a plan, or any guns in the house?" "No plan. I have a hunting rifle in the garage. It's locked in a safe ...":
        // had read "no access to firearms or weapons reported" beside "firearms reported locked away"
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive"), si.summary());
        assertTrue(si.summary().contains("plan denied; intent denied; access to firearms reported; firearms reported locked away"), si.summary());
        assertFalse(si.summary().contains("no access"), si.summary());
        // "I'd never do that to my boys."
        assertTrue(si.summary().contains("protective factors named"), si.summary());
        // "My impression is ..." had read "Therapist stated that the therapist's impression is ..."
        assertTrue(section(note, "impression").contains("Therapist's impression is major depressive disorder, moderate, and alcohol use "
                + "disorder, moderate."), section(note, "impression"));
        // "Here's what I'd recommend. Weekly therapy with me using CBT and motivational interviewing." had been dropped
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist recommended weekly therapy using CBT and motivational interviewing."), plan);
        assertTrue(plan.contains("Next session: next Tuesday at five."), plan);
        assertTrue(section(note, "substance_use").contains("Four or five beers most nights"), section(note, "substance_use"));
        assertTrue(section(note, "medical_history").contains("Penicillin, I get hives."), section(note, "medical_history"));
    }

    // ---- narrative notes in the past tense: a caregiver's burnout (caregiver-narrative-notes.txt) ----

    @Test
    void the_clinicians_formulation_and_the_clients_response_in_narrative_notes_are_assessment_and_response() {
        NoteDocument note = note("caregiver-narrative-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String response = section(note, "response");
        // all three had been the behaviour
        assertTrue(response.contains("Client is experiencing an adjustment reaction with mixed anxiety and depressed mood"), response);
        assertTrue(response.contains("Risk is low."), response);
        assertTrue(response.contains("She stated that asking for one evening \"feels doable\""), response);
        String behaviour = section(note, "behaviour");
        assertFalse(behaviour.contains("adjustment reaction") || behaviour.contains("feels doable"), behaviour);
        assertTrue(behaviour.contains("She reported sleeping 5 hours a night and skipping lunch most days."), behaviour);
        assertTrue(section(note, "intervention").contains("Therapist and client role-played asking him directly"), section(note, "intervention"));
        assertTrue(section(note, "plan").contains("Client will text her brother by Friday to ask for Wednesday evenings."), section(note, "plan"));
        // in a SOAP note the formulation is the assessment
        NoteDocument soap = note("caregiver-narrative-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(soap, "assessment").contains("Client is experiencing an adjustment reaction"), section(soap, "assessment"));
    }

    // ---- a psychiatric intake: anxiety and a question of ADHD (psych-intake-adhd-anxiety-transcript.txt) ----

    @Test
    void a_dictated_mental_status_the_tests_to_come_and_a_class_of_medication_held_off_are_where_they_belong() {
        NoteDocument note = note("psych-intake-adhd-anxiety-transcript.txt", SessionType.PsychiatricIntake, Pronouns.NeutralThem, null);
        String mse = section(note, "mental_status");
        // 'Mood "stressed".' had been dropped and "Insight good, judgment fair." put under the family and social history
        assertTrue(mse.contains("Mood \"stressed\"."), mse);
        assertTrue(mse.contains("Insight good, judgment fair."), mse);
        assertFalse(section(note, "family_social").contains("Insight"), section(note, "family_social"));
        // "I'd like to get the ASRS questionnaire filled out and have your mom fill out a childhood symptom form" had been dropped
        assertTrue(section(note, "plan").contains("Therapist will get the ASRS questionnaire filled out and have their mom fill out a "
                + "childhood symptom form to confirm."), section(note, "plan"));
        // "We'll hold off on stimulants until ..." had been the impression
        String medication = section(note, "medication_plan");
        assertTrue(medication.contains("Therapist will hold off on stimulants until they confirm the ADHD diagnosis"), medication);
        assertTrue(medication.contains("Therapist will start escitalopram 5 milligrams daily"), medication);
        assertTrue(section(note, "referral_source").contains("Client was referred by their therapist, Ms. Lin, for a medication evaluation."),
                section(note, "referral_source"));
        assertTrue(section(note, "allergies").contains("Just sulfa, I get a rash."), section(note, "allergies"));
    }

    // ---- a school counselor, a student left out by friends (school-counselor-dap-transcript.txt) ----

    @Test
    void telling_a_parent_for_a_reason_and_a_safety_plan_made_together_read_as_two_steps() {
        NoteDocument note = note("school-counselor-dap-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String whole = whole(note);
        // "Because you mentioned wanting to disappear, I need to let your mom know, and I'd like us to make a safety plan together
        // today." had read "Therapist stated that the client mentioned wanting to disappear, the therapist needs to ..."
        assertTrue(whole.contains("Therapist will let her mom know, because she mentioned wanting to disappear. Therapist and client "
                + "developed a safety plan together today."), whole);
        // "And my cousin Jade, I can text her." is quoted from a capital
        assertTrue(whole.contains("“My cousin Jade, I can text her.”"), whole);
        var si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("safety plan made or reviewed")
                && si.summary().contains("crisis resources given"), si.summary());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertTrue(section(note, "plan").contains("Client was asked to put her phone in the kitchen at night this week"), section(note, "plan"));
    }

    // ---- GIRP notes with their own headings: school refusal (girp-school-refusal-notes.txt) ----

    @Test
    void girp_notes_under_their_own_headings_keep_each_part_and_the_self_harm_history() {
        NoteDocument note = note("girp-school-refusal-notes.txt", SessionType.Girp, Pronouns.NeutralThem, null);
        assertTrue(section(note, "goal").contains("reduce school refusal"), section(note, "goal"));
        assertTrue(section(note, "intervention").contains("Practiced paced breathing (4-7-8) 3 times in session"), section(note, "intervention"));
        assertTrue(section(note, "response").contains("Client stated \"the breathing actually helped, my hands stopped shaking.\""),
                section(note, "response"));
        assertTrue(section(note, "plan").contains("Therapist will email Ms. Diaz (ROI on file)"), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity(), risk(note, "self_harm").summary());
    }

    // ---- a video session with a shaky connection: panic on the train (telehealth-panic-train-transcript.txt) ----

    @Test
    void the_call_checked_is_no_content_and_the_exposure_for_the_week_and_the_next_session_are_the_plan() {
        NoteDocument note = note("telehealth-panic-train-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String whole = whole(note);
        // "Can you hear me okay?" "Yeah ... Sorry, my camera is being weird." and the answer said again after "you froze"
        assertFalse(whole.contains("camera"), whole);
        assertFalse(whole.contains("he said he tried the breathing"), whole);
        String plan = section(note, "plan");
        // "For this week, ride the train two stops past your usual exit ..." had read "Therapist stated that for this week, ride ..."
        assertTrue(plan.contains("Client was asked, for this week, to ride the train two stops past his usual exit and stay on even if the "
                + "panic comes, using the slow breathing."), plan);
        // "Rate your fear ... on the log." is homework, not a rating asked for in the room
        assertTrue(plan.contains("Client was asked to rate his fear at the start and every two minutes on the log."), plan);
        // "Same time next week, and message me through the portal ..." had read "Therapist stated that Same time next week"
        assertTrue(plan.contains("Next session: same time next week. Client was asked to message the therapist through the portal if the "
                + "connection drops."), plan);
        // psychoeducation, with "you escape" as a subject ("whether or not him escape")
        assertTrue(plan.contains("Therapist explained that panic peaks and passes, usually within ten minutes, whether or not he escapes."),
                plan);
        assertTrue(plan.contains("Therapist and client practiced five rounds together in session."), plan);
        // "That's actually calmer. My chest isn't as tight.": the response to the breathing
        assertTrue(section(note, "assessment").contains("My chest isn't as tight."), section(note, "assessment"));
        // the second rating finishes the answer (it read "He notes that forty by the time he got to work.")
        assertTrue(section(note, "subjective").contains("the client answered “Ninety at the worst. Forty by the time I got to work.”"),
                section(note, "subjective"));
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a mental status examination under its own headings: severe depression (mse-depression-notes.txt) ----

    @Test
    void a_finding_under_a_domains_heading_stays_there_even_when_it_names_a_mood() {
        NoteDocument note = note("mse-depression-notes.txt", SessionType.Mse, Pronouns.MasculineHim, null);
        // "Insight: partial, recognizes he is depressed ..." had gone to Mood, for its "depressed"
        assertTrue(section(note, "insight").contains("Partial, recognizes he is depressed but believes treatment will not help."),
                section(note, "insight"));
        assertFalse(section(note, "mood").contains("Partial"), section(note, "mood"));
        assertTrue(section(note, "mood").contains("\"empty, like nothing matters.\""), section(note, "mood"));
        assertTrue(section(note, "judgment").contains("agreed to let his daughter hold his medications"), section(note, "judgment"));
        var si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("plan denied") && si.summary().contains("intent denied"),
                si.summary());
    }

    // ---- a terse DAP note in shorthand: social anxiety (dap-social-anxiety-terse-notes.txt) ----

    @Test
    void a_terse_dap_note_keeps_its_parts_and_spells_out_its_shorthand() {
        NoteDocument note = note("dap-social-anxiety-terse-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String data = section(note, "data");
        assertTrue(data.contains("Client avoided speaking up in team meeting twice."), data);
        assertTrue(data.contains("breakup with boyfriend 3 months ago"), data);
        assertTrue(section(note, "assessment").contains("Client making gradual progress with exposures"), section(note, "assessment"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Return to clinic in 1 week."), plan);
        assertTrue(plan.contains("no alcohol before lunch with coworkers"), plan);
        var si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("risk level documented as low"), si.summary());
    }

    // ---- a prescriber's follow-up with names for labels: bipolar II depression on lamotrigine (psych-lamotrigine-names-transcript.txt) ----

    @Test
    void a_titration_its_safety_instruction_and_the_prescribers_observations_reach_the_note() {
        NoteDocument note = note("psych-lamotrigine-names-transcript.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "..., so I'd like to go up to 100 milligrams at night, starting tomorrow." had been dropped
        assertTrue(plan.contains("Therapist will increase the lamotrigine to 100 milligrams at night, starting tomorrow, as the lamotrigine "
                + "is helping and she is tolerating it well."), plan);
        // the rash warning had been dropped
        assertTrue(plan.contains("Client was instructed to stop the lamotrigine and call the office or go to urgent care the same day if she "
                + "sees a rash."), plan);
        assertTrue(plan.contains("Next session: in four weeks"), plan);
        // "She appears brighter today, ..." had been dropped
        assertTrue(section(note, "objective").contains("Therapist observed that she appears brighter today, makes good eye contact"),
                section(note, "objective"));
        var si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("history of suicidal ideation"), si.summary());
    }

    // ---- anger after a conflict at work, a wall punched, a shotgun handed over (anger-wall-punch-transcript.txt) ----

    @Test
    void violence_to_property_urges_denied_and_the_safety_steps_reach_the_risk_section_and_the_plan() {
        NoteDocument note = note("anger-wall-punch-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        // "Have you had any thoughts of actually hurting your supervisor, or anyone else?" had been no question about HI
        var hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        assertTrue(hi.summary().contains("firearms reported locked away"), hi.summary());
        // the wall punched at home had been no finding
        var violence = risk(note, "abuse");
        assertEquals("endorsed", violence.polarity(), violence.summary());
        assertTrue(violence.summary().contains("punched the wall in the garage"), violence.summary());
        String behaviour = section(note, "behaviour");
        assertTrue(behaviour.contains("that he put a hole in the drywall"), behaviour); // "He notes that Put a hole ..."
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client and his wife were asked to agree on a time-out signal, so either of them can call a break when things "
                + "get heated."), plan);
        assertTrue(plan.contains("Client was advised: no driving while he is at an eight or above."), plan);
        assertTrue(section(note, "intervention").contains("Therapist and client practiced the STOP skill: stop, take a step back"),
                section(note, "intervention"));
    }

    // ---- an intake in notes: depression after a stroke, an older man with firearms (older-adult-stroke-intake-notes.txt) ----

    @Test
    void an_intake_in_notes_keeps_what_the_wife_said_hers_and_the_body_medicines_in_the_medical_history() {
        NoteDocument note = note("older-adult-stroke-intake-notes.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        // "Wife (joined at end) reports ... Agrees to support removal of the handgun ...": it read "Client agrees to ..."
        assertTrue(whole(note).contains("Client's wife agrees to support removal of the handgun and to call if concerned."), whole(note));
        assertFalse(whole(note).contains("Client agrees to support removal"), whole(note));
        // "Meds: atorvastatin, lisinopril, metformin, clopidogrel." had been the psychiatric history
        assertTrue(section(note, "medical_history").contains("Atorvastatin, lisinopril, metformin, clopidogrel."),
                section(note, "medical_history"));
        assertFalse(section(note, "psychiatric_history").contains("Atorvastatin"), section(note, "psychiatric_history"));
        // "Sleeps 9-10 hrs/night plus naps." had been the substance use, without its subject
        assertTrue(section(note, "present_illness").contains("Client sleeps 9-10 hours/night plus naps."), section(note, "present_illness"));
        var selfHarm = risk(note, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary()); // "Denies hx of self-harm." had read "history of self-harm"
        var si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("access to firearms reported")
                && si.summary().contains("exposure to suicide"), si.summary());
    }

    // ---- cannabis and passive suicidal ideation, a client who uses they/them (nonbinary-cannabis-si-transcript.txt) ----

    @Test
    void a_session_with_a_they_client_keeps_its_pronouns_its_plan_and_its_passive_ideation() {
        NoteDocument note = note("nonbinary-cannabis-si-transcript.txt", SessionType.HeadwaySoap, Pronouns.NeutralThem, null);
        String plan = section(note, "plan");
        // "For this week, no smoking before class, and try ..." had read "Therapist stated that ..." in the subjective
        assertTrue(plan.contains("Client was asked, for this week, to avoid smoking before class, and try the wind-down routine on three "
                + "nights: screens off at midnight, shower, then the sleep story app."), plan);
        assertTrue(plan.contains("Therapist and client updated their safety plan so it has Priya, the Trevor Project line, and 988 on it."),
                plan);
        assertTrue(plan.contains("Next session: Thursday at two."), plan);
        assertTrue(section(note, "subjective").contains("They note that their parents still won't use their name."), section(note, "subjective"));
        var si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive") && si.summary().contains("plan denied") && si.summary().contains("intent denied")
                && si.summary().contains("protective factors named"), si.summary());
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a GIRP note against a treatment plan: PTSD, nightmares, driving avoidance (girp-ptsd-nightmares-notes.txt) ----

    @Test
    void a_therapy_named_by_its_initials_is_the_intervention_used_and_a_topic_alone_is_not() {
        NoteDocument note = note("girp-ptsd-nightmares-notes.txt", SessionType.Girp, Pronouns.MasculineHim, "plan-ptsd-sleep.md");
        String goal = section(note, "goal");
        // "MI around alcohol: pt identified ..." had been the response, and motivational interviewing not linked
        assertTrue(goal.contains("Intervention used: Motivational interviewing."), goal);
        assertTrue(section(note, "intervention").contains("MI around alcohol: client identified that drinking"), section(note, "intervention"));
        // "Reviewed sleep log ..." is no sleep hygiene education
        assertFalse(goal.contains("Sleep hygiene education"), goal);
        assertTrue(goal.contains("Intervention used: Imagery rehearsal therapy.") && goal.contains("Goal addressed: Decrease avoidance of "
                + "trauma reminders."), goal);
        // "Rehearsed the rewritten nightmare script in session; ..." is the intervention (it had been the response)
        assertTrue(section(note, "intervention").contains("Rehearsed the rewritten nightmare script in session"), section(note, "intervention"));
        String response = section(note, "response");
        // "Sleep log shows 5-6 hrs ..." and "Able to rate SUDS accurately." had been the plan
        assertTrue(response.contains("Sleep log shows 5-6 hours on most nights"), response);
        assertTrue(response.contains("Client was able to rate SUDS accurately."), response);
        assertFalse(section(note, "plan").contains("Sleep log"), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    // ---- a cognitive screen with a daughter present: a mental status examination in a transcript (mse-cognitive-daughter-transcript.txt) ----

    @Test
    void a_cognitive_screen_is_quoted_whole_under_cognition_and_the_dictated_findings_fill_their_domains() {
        NoteDocument note = note("mse-cognitive-daughter-transcript.txt", SessionType.Mse, Pronouns.MasculineHim, null);
        String cognition = section(note, "cognition");
        // the year had been dropped, the date cut to "It's..." and the rest reported as "it's cold out"
        assertTrue(cognition.contains("When asked “And what year is it?”, the client answered “2019. No, wait. 2024?”"), cognition);
        assertTrue(cognition.contains("the client answered “It's... March? No. I don't know, it's cold out. December, maybe.”"), cognition);
        assertTrue(cognition.contains("the client answered “100, 93, 86... 80? I'm not good with numbers anymore.”"), cognition);
        assertTrue(cognition.contains("Therapist observed that he is oriented to place but not to date or year."), cognition); // it was Affect
        assertTrue(cognition.contains("Recall one of three at five minutes."), cognition);
        // the clinician's dictated findings had been dropped
        assertTrue(section(note, "appearance").contains("well-groomed elderly man"), section(note, "appearance"));
        assertEquals("Speech is fluent with occasional word-finding pauses.", section(note, "speech"));
        assertEquals("Affect is bright but shallow.", section(note, "affect"));
        assertEquals("Insight is limited; he does not see the memory problems.", section(note, "insight"));
        // "Do you ever feel sad or hopeless, or like you don't want to be alive?" had been no question about suicidal ideation
        assertEquals("denied", risk(note, "suicidal_ideation").polarity(), risk(note, "suicidal_ideation").summary());
        assertTrue(risk(note, "abuse").summary().contains("client's daughter answered"), risk(note, "abuse").summary());
    }

    // ---- a DAP note in shorthand: restriction, bingeing and purging in a college student (dap-eating-disorder-college-notes.txt) ----

    @Test
    void an_eating_disorder_dap_note_keeps_its_clauses_whole_and_its_counts_spelled_out() {
        NoteDocument note = note("dap-eating-disorder-college-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String data = section(note, "data");
        // ", followed by vomiting once (Wed)" had been cut off as a clause of its own, for its "follow"
        assertTrue(data.contains("Client reports restricting to \"about 800 calories\" on weekdays and bingeing twice this week (Sun, Wed), "
                + "followed by vomiting once (Wed)."), data);
        assertTrue(data.contains("Weight today 52.1 kg (last week 52.9), BMI 18.6."), data);
        assertTrue(section(note, "assessment").contains("Medical risk increasing given dizziness, amenorrhea and purging"),
                section(note, "assessment"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Referred to campus health for vitals, orthostatics, BMP and ECG this week"), plan);
        assertTrue(plan.contains("Next session in 1 week."), plan);
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a transcription service's export: the speaker and a time on a line of their own (otter-export-transcript.txt) ----

    @Test
    void a_transcription_services_export_is_read_as_a_conversation_even_with_a_colon_inside_a_turn() {
        NoteDocument note = note("otter-export-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        // "For: the layoffs ... Against: my review ..." had been taken for speakers, and the whole export read as notes
        // ("The therapist is lying awake till two or three", "Dana Whitfield 0:04.")
        assertFalse(whole(note).contains("Dana Whitfield"), whole(note));
        assertTrue(subjective.contains("Client reports that he is lying awake till two or three most nights going over everything at work."),
                subjective);
        assertTrue(subjective.contains("When asked “On a scale of zero to ten, how anxious have you been this week overall?”, the client "
                + "answered “Probably a seven. Higher on Sunday nights.”"), subjective);
        // how the belief looks once examined is the response to the work
        assertTrue(section(note, "assessment").contains("when he says it out loud it sounds less likely"), section(note, "assessment"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was asked to try a worry window: fifteen minutes at seven in the evening"), plan);
        assertTrue(plan.contains("Client was asked to try keeping it to one beer, and none within two hours of bed."), plan);
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a Microsoft Teams caption file: the speaker in a voice tag (teams-captions.vtt) ----

    @Test
    void a_teams_caption_file_names_its_speakers_by_their_voice_tags_and_its_evidence_points_into_the_file_as_sent() {
        String input = Engines.session("teams-captions.vtt");
        NoteDocument note = note("teams-captions.vtt", SessionType.Soap, Pronouns.MasculineHim, null);
        // "<v Dana Whitfield>...</v>" had been read as notes: tags in the note, "The therapist has the therapist's kids", and the
        // screening question itself charted as suicidal ideation endorsed
        assertFalse(whole(note).contains("<v"), whole(note));
        var si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("client answered “No. Nothing like that. I have my kids.”"), si.summary());
        assertTrue(section(note, "subjective").contains("Client reports that he is lying awake till two or three most nights"),
                section(note, "subjective"));
        assertTrue(section(note, "plan").contains("Client was asked to try a worry window"), section(note, "plan"));
        for (NoteSection section : note.sections()) {
            for (NoteSentence sentence : section.sentences()) {
                for (Evidence e : sentence.evidence()) {
                    String source = input.substring(e.start(), e.end());
                    assertFalse(source.contains("<v") || source.contains("</v>"), sentence.text() + " <- " + source);
                }
            }
        }
    }

    @Test
    void a_rev_export_with_the_time_in_parentheses_and_a_colon_reads_as_the_same_conversation() {
        // "Dana Whitfield (00:04):" over what was said had been read as notes
        assertEquals(NoteRendering.markdown(note("otter-export-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null)),
                NoteRendering.markdown(note("rev-export-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null)));
    }

    @Test
    void a_transcript_with_the_time_before_the_speaker_or_the_speaker_in_brackets_reads_as_the_same_conversation() {
        String otter = Engines.session("otter-export-transcript.txt");
        java.util.regex.Pattern header = java.util.regex.Pattern.compile("(?m)^([A-Z][A-Za-z ]+?) {2}(\\d{1,2}):(\\d\\d)$");
        // "00:00:04 Dana Whitfield", as Descript and some recorders write it, and "[Dana Whitfield] 10:00:04", as Zoom saves a
        // meeting's transcript (both had been read as notes: "00:00:04 Dana Whitfield." in the subjective)
        String timeFirst = header.matcher(otter).replaceAll(m -> String.format("00:%02d:%s %s", Integer.parseInt(m.group(2)), m.group(3),
                m.group(1)));
        String zoom = header.matcher(otter).replaceAll(m -> String.format("[%s] 10:%02d:%s", m.group(1), Integer.parseInt(m.group(2)),
                m.group(3)));
        assertTrue(timeFirst.contains("\n00:00:04 Dana Whitfield\n") || timeFirst.startsWith("00:00:04 Dana Whitfield\n"), timeFirst);
        String expected = NoteRendering.markdown(note("otter-export-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null));
        for (String input : List.of(timeFirst, zoom)) {
            assertEquals(expected, NoteRendering.markdown(Engines.engine().write(new ExtractiveNoteEngine.Request(input, SessionType.Soap,
                    false, Pronouns.MasculineHim, "Therapist", null))));
        }
    }

    @Test
    void a_health_anxiety_session_in_dap_keeps_its_risk_screen_homework_and_next_session() {
        NoteDocument note = note("health-anxiety-transcript.txt", SessionType.Dap, Pronouns.NeutralThem, null);
        // "Any thoughts of hurting yourself or that you'd be better off not alive, ...?" "No. Nothing like that."
        assertEquals("denied", risk(note, "suicidal_ideation").polarity(), risk(note, "suicidal_ideation").summary());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertEquals("not_assessed", risk(note, "abuse").polarity());
        String plan = section(note, "plan");
        assertTrue(plan.contains("limit checking to once in the morning"), plan);
        assertTrue(plan.contains("Next session: next Thursday at four"), plan);
        String data = section(note, "data");
        assertTrue(data.contains("they found a lump on their neck"), data);
        assertTrue(data.contains("examined the thought \"this lump is cancer\" and weighed the evidence"), data);
    }

    @Test
    void an_intake_puts_work_in_the_social_history_and_a_safety_step_agreed_to_in_the_plan() {
        NoteDocument note = note("divorce-depression-intake-transcript.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        String social = section(note, "family_social");
        assertTrue(social.contains("I'm an electrician"), social);
        assertFalse(section(note, "impression").contains("electrician"), section(note, "impression"));
        String plan = section(note, "plan");
        // "Would you be okay with your brother holding onto the key?" "Yeah, that's fine."
        assertTrue(plan.contains("brother holding onto the key"), plan);
        assertTrue(plan.contains("will make a safety plan"), plan);
        assertTrue(plan.contains("Next session: next Tuesday at 5"), plan);
        assertTrue(section(note, "impression").contains("consistent with major depressive disorder"), section(note, "impression"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertQualified(si, "passive", "plan denied", "firearms reported locked away", "protective factors named");
    }

    @Test
    void a_suicide_loss_survivors_wish_to_join_his_brother_is_passive_ideation_and_his_safety_plan_is_the_plan() {
        NoteDocument note = note("suicide-loss-grief-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        // "Not like a plan or anything. But sometimes I think about joining him." (it read unclear: the plan denied was taken
        // for the answer, and "guilt after a suicide is really common" for a mention of the client's own)
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "no access to firearms or weapons reported",
                "exposure to suicide", "safety plan made or reviewed", "crisis resources given");
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist provided information about the survivors of suicide loss group"), plan);
        assertTrue(plan.contains("reminded the client that the 988 line is available"), plan);
        assertTrue(plan.contains("Client was asked to save that number in his phone"), plan);
        assertTrue(plan.contains("People: Chris."), plan);
        assertTrue(plan.contains("Next session: talk about other ways to stay connected to Mark"), plan);
        assertTrue(plan.contains("explained that alcohol can make sleep worse"), plan);
        String subjective = section(note, "subjective");
        // the warning signs asked for, quoted with their question (the last had read "reports that if he has had ...")
        assertTrue(subjective.contains("What are some signs that a night is going to be a hard one?\u201D, the client answered "
                + "\u201CWhen I pick up the phone to play the voicemail. That's the start of it. And if I've had more than a couple of "
                + "beers.\u201D"), subjective);
        // (the thoughts that go through his mind, asked for, are one answer)
        assertTrue(subjective.contains("the client answered \u201CThat I should have called back. That if I'd picked up he'd still be here.\u201D"),
                subjective);
        assertFalse(whole(note).contains("This if"), whole(note));
    }

    @Test
    void an_older_adults_son_taking_her_money_is_financial_exploitation_and_the_report_made_stays_in_the_note() {
        NoteDocument note = note("older-adult-exploitation-notes.txt", SessionType.Standard, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "financial exploitation reported", "mandated report made", "crisis resources given");
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        // what the clinician did and will do about it is the interventions and the plan, not only the risk finding's quotes
        String interventions = section(note, "interventions");
        assertTrue(interventions.contains("Called APS together with client during session."), interventions);
        assertTrue(interventions.contains("Client given elder abuse hotline number."), interventions);
        assertTrue(section(note, "plan").contains("Will follow up with APS caseworker this week."), section(note, "plan"));
    }

    @Test
    void a_bullied_teenagers_thought_of_bringing_his_fathers_gun_to_school_is_charted_for_follow_up_with_the_gun_to_be_locked_up() {
        NoteDocument note = note("teen-bullying-threat-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        // it had been no finding at all: neither "make them pay" nor the gun to school was a mention
        assertEquals("unclear", hi.polarity(), hi.summary());
        assertQualified(hi, "plan denied", "intent denied", "access to firearms reported", "means restriction agreed", "crisis resources given");
        assertTrue(hi.summary().contains("bringing my dad's gun to school"), hi.summary());
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive");
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "bullying or harassment reported");
        assertEquals("denied", risk(note, "self_harm").polarity());
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist will talk with his mom today about getting it locked up or out of the house"), plan);
        assertTrue(plan.contains("Therapist will call the school counselor, Ms. Ortiz"), plan);
        assertTrue(whole(note).contains("Client's tasks for this week: phone in the kitchen by eleven"), whole(note));
        assertTrue(section(note, "intervention").contains("Therapist validated how angry he is"), section(note, "intervention"));
    }

    @Test
    void a_sexual_assault_disclosed_ten_days_later_is_charted_as_such_with_the_resources_offered_in_the_plan() {
        NoteDocument note = note("sexual-assault-disclosure-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        // "I think someone put something in my drink. ... I told him no and he didn't stop." (it read "not addressed")
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "sexual violence reported", "drugged without consent reported", "crisis resources given");
        // the clinician's "A lot of people blame themselves after an assault" is no history of the client's
        assertFalse(abuse.summary().contains("history of abuse"), abuse.summary());
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist recommended seeing a doctor or the clinic on campus, for STI testing"), plan);
        assertTrue(plan.contains("Therapist offered the number for the sexual assault nurse program"), plan);
        assertTrue(plan.contains("the RAINN hotline is available any time"), plan);
        assertTrue(plan.contains("Therapist taught her a grounding exercise"), plan);
        assertTrue(plan.contains("Next session: next Tuesday at three"), plan);
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("she has had the same nightmare almost every night"), subjective);
        assertTrue(subjective.contains("she does not want to go to the police"), subjective);
    }

    /** The SOAP note of {@code input}, a man's session, in Markdown: for comparing layouts of the same conversation. */
    private static String soapOf(String input) {
        return NoteRendering.markdown(Engines.engine().write(new ExtractiveNoteEngine.Request(input, SessionType.Soap, false,
                Pronouns.MasculineHim, "Therapist", null)));
    }

    @Test
    void a_transcript_in_markdown_bold_with_dashes_or_as_questions_and_answers_reads_as_the_same_conversation() {
        String colons = Engines.session("suicide-loss-grief-transcript.txt");
        String expected = soapOf(colons);
        // each had been read as the clinician's notes
        for (String layout : List.of("**$1:** ", "> $1: ", "$1 - ", "$1 — ")) {
            assertEquals(expected, soapOf(colons.replaceAll("(?m)^(Therapist|Client): ", layout)), layout);
        }
        assertEquals(expected, soapOf(colons.replaceAll("(?m)^Therapist: ", "Q: ").replaceAll("(?m)^Client: ", "A: ")));
    }

    @Test
    void notes_with_many_bold_labels_each_used_once_stay_notes() {
        // "**Sleep:** 4-5 hrs/night.", "**Appetite:** Decreased ...": headings of a note's lines, not thirteen speakers
        NoteDocument note = note("bold-labelled-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertFalse(whole(note).contains("Client stated"), whole(note));
        assertFalse(risk(note, "suicidal_ideation").summary().contains("client said"), risk(note, "suicidal_ideation").summary());
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertTrue(section(note, "plan").contains("Follow up in 1 week."), section(note, "plan"));
        // the bold is the editor's; 'Mood: "on edge."' keeps its label (it read '"on edge."' alone)
        assertFalse(whole(note).contains("**"), whole(note));
        assertTrue(whole(note).contains("Mood: \"on edge.\""), whole(note));
        // under the mental status's own "Mood" heading the label is not said twice
        NoteDocument mse = note("bold-labelled-notes.txt", SessionType.Mse, Pronouns.MasculineHim, null);
        assertTrue(section(mse, "mood").startsWith("\"On edge.\"") || section(mse, "mood").startsWith("\"on edge.\""), section(mse, "mood"));
    }

    @Test
    void a_transcript_with_each_role_on_a_line_of_its_own_reads_as_the_same_conversation() {
        String colons = Engines.session("suicide-loss-grief-transcript.txt");
        // "Therapist" on a line, what was said below it (it had been read as the clinician's notes, the client's "I" as the therapist)
        assertEquals(soapOf(colons), soapOf(colons.replaceAll("(?m)^(Therapist|Client): ", "$1\n")));
    }

    @Test
    void a_suicide_risk_assessment_keeps_its_answers_in_the_assessment_and_its_safety_steps_in_the_plan() {
        NoteDocument note = note("widower-warning-signs-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String assessment = section(note, "assessment");
        String plan = section(note, "plan");
        // the intent asked and answered is the assessment's (it had gone to the plan as an intervention)
        assertTrue(assessment.contains("When asked “Do you think you would act on these thoughts?”, the client answered “I don't think so.”"),
                assessment);
        // the means handed over, in two sentences, the second with its "it" (it had read "Client stated: “I could give it to him
        // this weekend.”" in the subjective); the number saved; the safety plan's warning signs and coping
        assertTrue(plan.contains("the client answered “He's been asking to borrow it for hunting season anyway. I could give it to him "
                + "this weekend.”"), plan);
        assertTrue(plan.contains("When asked “Would you put 988 in your phone now?”, the client answered “Done.”"), plan);
        assertTrue(plan.contains("When asked “What are the signs that a bad night is starting?”"), plan);
        assertTrue(plan.contains("When asked “What could you do on a night like that instead?”"), plan);
        assertTrue(plan.contains("Client agreed to try to stop the whiskey and keep it to two beers until they see each other next. Client reports "
                + "that he will pour the whiskey out."), plan);
        assertFalse(assessment.contains("Tucson") || assessment.contains("988"), assessment);
        // the verbless second sentence of an answer stays with it
        assertTrue(section(note, "subjective").contains("“It's more like four or five now. Sometimes a couple of whiskeys after that.”"),
                section(note, "subjective"));
        assertQualified(risk(note, "suicidal_ideation"), "active thoughts", "plan endorsed", "intent denied", "preparatory behaviour reported",
                "access to firearms reported", "means restriction agreed", "safety plan made or reviewed", "crisis resources given",
                "protective factors named");
        assertEquals(1, risk(note, "suicidal_ideation").summary().split("protective factors named", -1).length - 1);
    }

    @Test
    void a_bulimia_session_keeps_the_weigh_in_the_health_warning_and_the_steps_agreed() {
        NoteDocument note = note("bulimia-cbte-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "objective").contains("she is at 61.4 kilos today"), section(note, "objective"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client was instructed to go to urgent care that day if she faints or her heart races or skips."), plan);
        assertTrue(plan.contains("Client agreed to pack a lunch the night before."), plan);
        assertTrue(plan.contains("low potassium can affect her heart"), plan);
        assertTrue(risk(note, "self_harm").summary().contains("urges not acted on"), risk(note, "self_harm").summary());
    }

    @Test
    void a_dictated_medication_follow_up_keeps_the_whole_examination_in_the_objective_section() {
        NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(Engines.session("dictated-psych-np-followup-notes.txt"),
                SessionType.PsychiatricSoap, true, Pronouns.FeminineHer, "Therapist", null));
        String objective = section(note, "objective");
        // the findings after "On exam ..." had gone to the subjective, the assessment and the plan
        for (String finding : List.of("Thought process is linear and goal directed.", "No perceptual disturbances.", "Insight and judgment are good.",
                "PHQ-9 today is 11, down from 17.")) {
            assertTrue(objective.contains(finding), finding + " in " + objective);
        }
        assertTrue(section(note, "plan").contains("Increase sertraline to 150 mg daily."), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity(), risk(note, "suicidal_ideation").summary());
    }

    @Test
    void a_child_trauma_session_with_her_mother_charts_the_violence_she_saw_and_the_mothers_task() {
        NoteDocument note = note("tfcbt-child-caregiver-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        // "Has anyone hurt you ...?" "No. Daddy never hurt me. Just Mommy.": the violence at home, not a denial
        assertEquals("endorsed", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
        assertTrue(section(note, "plan").contains("Client's mother was asked to do ten minutes of special time with Maya each day, where she "
                + "picks the game and she just follows her lead and praises what she does."), section(note, "plan"));
        assertTrue(whole(note).contains("Therapist stated that loud bangs remind her body of the night Daddy hurt Mommy"), whole(note));
        assertTrue(whole(note).contains("Client was instructed to do her balloon breaths and ask Mrs. Park for a break card when she feels "
                + "scared at school."), whole(note));
    }

    @Test
    void a_lapse_on_probation_keeps_the_drug_screen_the_use_the_triggers_and_the_next_screen() {
        NoteDocument note = note("meth-probation-dap-transcript.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        String data = section(note, "data");
        assertTrue(data.contains("Therapist noted that his urine screen from Monday came back positive for methamphetamine."), data);
        // "I used last Friday.": four words, and the lapse itself (it was dropped as too short)
        assertTrue(data.contains("he used last Friday"), data);
        assertTrue(data.contains("he ended up up all night"), data);
        assertTrue(section(note, "assessment").contains("Therapist identified the eviction notice, no sleep, money in his pocket, and walking "
                + "the old route past Marcus as a lot of triggers stacked up at once."), section(note, "assessment"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Another urine screen will be done next Monday. Next session: Thursday at three."), plan);
        assertTrue(plan.contains("Therapist will refer him to Maria, the case manager, for the housing."), plan);
        assertEquals("denied", risk(note, "homicidal_ideation").polarity(), risk(note, "homicidal_ideation").summary());
        assertTrue(risk(note, "suicidal_ideation").summary().contains("passive"), risk(note, "suicidal_ideation").summary());
        // the answer to "Do you feel safe where you're living?" is kept before longer reports where a section keeps only some
        NoteDocument assault = note("sexual-assault-disclosure-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(whole(assault).contains("When asked “Do you feel safe where you're living?”"), whole(assault));
    }

    @Test
    void a_perinatal_ocd_session_charts_the_intrusive_doubt_and_the_exposure_read_aloud_as_practice() {
        NoteDocument note = note("perinatal-ocd-intrusive-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertTrue(hi.summary().contains("intent denied"), hi.summary());
        assertTrue(hi.summary().contains("described as intrusive and unwanted (ego-dystonic)"), hi.summary());
        assertFalse(hi.summary().contains("client said “What if I drop him.”"), hi.summary());
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("Client practiced saying: “What if I drop him.”"), intervention);
        assertTrue(section(note, "plan").contains("Therapist asked for Raj to join part of the next session"), section(note, "plan"));
        assertTrue(section(note, "behaviour").contains("she puts him down and makes her husband carry him"), section(note, "behaviour"));
        // where the session took up is the client's presentation, not an intervention of today
        NoteDocument anger = note("anger-wall-punch-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(anger, "subjective").contains("Therapist and client talked about the argument with her supervisor in the last "
                + "session."), section(anger, "subjective"));
    }

    @Test
    void an_act_session_after_a_cancer_diagnosis_keeps_its_scores_its_defusion_and_what_the_client_agreed_to() {
        NoteDocument note = note("oncology-act-adjustment-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, "plan-oncology.md");
        // the scores and what the clinician saw, said aloud (the objective section had been empty)
        String objective = section(note, "objective");
        assertTrue(objective.contains("he scored a fourteen on the PHQ-9, up from nine at intake, and an eleven on the GAD-7"), objective);
        assertTrue(objective.contains("Therapist observed that when he talked about Karen his voice got quieter"), objective);
        // the defusion phrase said back is practice, not a report of the thought
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client practiced saying: “I'm having the thought that I'm just a patient now.”"), plan);
        assertFalse(section(note, "subjective").contains("he is having the thought that"), section(note, "subjective"));
        assertTrue(plan.contains("Client was instructed, when the thought \"I'm just a patient now\" shows up, to notice it"), plan);
        // "Would you be willing to ...?" "Yeah. I'll try.": agreed, in the plan (it was a question and answer in the assessment)
        assertTrue(plan.contains("Client agreed to try that before the next session, telling her one honest thing about how he is feeling."),
                plan);
        assertTrue(plan.contains("Client agreed to call the therapist or 988 if those thoughts ever changed"), plan);
        assertTrue(plan.contains("Client was encouraged to talk to his oncologist about the sleep."), plan);
        assertFalse(whole(note).contains("checked in on something"), whole(note));
        // "So there are moments where you wish ...": the client's words summed up (it read "Therapist stated that")
        assertTrue(whole(note).contains("Therapist reflected that there are moments where he wishes it would be over quickly"), whole(note));
        // defusion done without its name, values named and 988 link the plan's items that name them
        String assessment = section(note, "assessment");
        assertTrue(assessment.contains("Objective addressed: Client will practice cognitive defusion skills"), assessment);
        assertTrue(assessment.contains("Intervention used: Acceptance and commitment therapy (defusion, mindfulness exercises)."), assessment);
        assertTrue(assessment.contains("Intervention used: Values clarification."), assessment);
        assertTrue(assessment.contains("Objective addressed: Client will report any increase in thoughts of death or suicide and use crisis "
                + "resources as needed."), assessment);
    }

    @Test
    void the_golden_thread_names_the_safety_and_alcohol_goals_a_risk_session_touched_and_not_the_routine_it_did_not() {
        NoteDocument note = note("widower-warning-signs-transcript.txt", SessionType.Girp, Pronouns.MasculineHim, "plan-widower.md");
        String goal = section(note, "goal");
        assertTrue(goal.contains("Goal addressed: Keep safe."), goal);
        assertTrue(goal.contains("Objective addressed: Written safety plan, reviewed each session."), goal);
        assertTrue(goal.contains("Goal addressed: Reduce alcohol use."), goal);
        assertFalse(goal.contains("Rebuild routine"), goal);
        // "What made you decide to do that now?" (giving the fishing gear away) asks about an act, not why he came
        NoteDocument intake = note("widower-warning-signs-transcript.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        assertFalse(section(intake, "chief_complaint").contains("someone who'd use it"), section(intake, "chief_complaint"));
        // "How are you feeling now?" asks the mood, which a mental status examination states in the client's words
        NoteDocument mse = note("widower-warning-signs-transcript.txt", SessionType.Mse, Pronouns.MasculineHim, null);
        assertTrue(section(mse, "mood").contains("the client answered “Tired. A little better that somebody knows.”"), section(mse, "mood"));
    }

    @Test
    void where_a_template_has_a_safety_section_the_answers_of_a_risk_assessment_stand_in_it_beside_the_findings() {
        NoteDocument note = note("widower-warning-signs-transcript.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        String safety = section(note, "safety");
        assertTrue(safety.contains("When asked “Do you think you would act on these thoughts?”, the client answered “I don't think so.”"),
                safety);
        assertTrue(safety.contains("Suicidal ideation: endorsed"), safety);
        assertFalse(section(note, "impression").contains("act on these thoughts"), section(note, "impression"));
    }

    @Test
    void a_teenager_disclosing_abuse_at_home_has_it_charted_with_the_report_her_safety_and_the_reassurance_she_was_given() {
        NoteDocument note = note("teen-disclosure-mandated-report-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        // "He sits on my bed and he touches me."; "Do you feel safe going home tonight?" "Not really." (far from the disclosure)
        assertQualified(abuse, "sexual violence reported", "mandated report to be made", "client reports feeling unsafe");
        assertTrue(abuse.summary().contains("He sits on my bed and he touches me."), abuse.summary());
        assertQualified(risk(note, "suicidal_ideation"), "passive", "intent denied");
        assertEquals("endorsed", risk(note, "self_harm").polarity());
        String data = section(note, "data");
        assertTrue(data.contains("Therapist reassured the client that it was not her fault."), data);
        assertTrue(data.contains("Therapist told the client that she is believed."), data);
        // what the clinician will do and will not do yet is the plan (it had been the data)
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist and client will not call her mom until the caseworker tells them how to do it safely."), plan);
        assertTrue(plan.contains("Therapist will let the school nurse know so she can look at her arm."), plan);
        assertTrue(plan.contains("Therapist will make a report to child protective services"), plan);
        assertTrue(section(note, "plan").contains("Therapist will see her twice a week for now."), section(note, "plan"));
        assertFalse(whole(note).contains("asked to be able to trust"), whole(note));
    }

    @Test
    void what_was_seen_under_a_dap_notes_data_heading_is_a_soap_notes_objective() {
        NoteDocument note = note("sud-dap-labelled-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String objective = section(note, "objective");
        // (the whole "D:" paragraph had been the subjective, the objective "Not documented")
        assertTrue(objective.contains("Client arrived 15 minutes late."), objective);
        assertTrue(objective.contains("UDS today positive for fentanyl and buprenorphine"), objective);
        assertTrue(section(note, "subjective").contains("Client reports using fentanyl on Saturday"), section(note, "subjective"));
        // in a DAP note it all stays the data
        NoteDocument dap = note("sud-dap-labelled-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        assertTrue(section(dap, "data").contains("Client arrived 15 minutes late."), section(dap, "data"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "accidental overdose reported");
    }

    @Test
    void a_couple_seen_together_is_written_about_each_partner_by_name_with_their_own_pronouns() {
        NoteDocument note = note("couple-joint-pursue-withdraw-transcript.txt", SessionType.CoupleSoap, Pronouns.FeminineHer, null);
        String subjective = section(note, "subjective");
        // (both partners had been "the client", with one set of pronouns: "She states that she could feel her chest getting tight")
        assertTrue(subjective.contains("Maya reports that they had another blowup on Thursday night"), subjective);
        assertTrue(subjective.contains("Daniel adds that he could feel his chest getting tight."), subjective);
        assertTrue(subjective.contains("Maya states that she asked him about it and he just shrugged"), subjective);
        assertTrue(subjective.contains("Daniel notes that whatever he says is going to be wrong, so he stops talking."), subjective);
        assertFalse(subjective.contains("Client") || subjective.contains("the client"), subjective);
        // what the clinician saw of the partner spoken to, by name
        assertEquals("Therapist noticed Daniel's jaw tighten when Maya said she felt invisible.", section(note, "objective"));
        // what one says to the other is quoted as said to them, not reported with a "you" that would be the clinician
        assertTrue(subjective.contains("Maya said to Daniel: \u201CI didn't know you were scared.\u201D"), subjective);
        // each partner's answer to the same question
        assertTrue(subjective.contains("Maya answered \u201CMaybe a four.\u201D"), subjective);
        assertTrue(subjective.contains("Daniel answered \u201CI'd say five.\u201D"), subjective);
        String plan = section(note, "plan");
        // a task said to the couple is both partners'; one said to a partner by name is theirs; the things counted are the task
        assertTrue(plan.contains("Maya and Daniel were asked to try two things: first, a twenty-minute stress-reducing conversation "
                + "every evening, where they talk about their day and not about the relationship; second, when either of them feels "
                + "flooded, call a time-out, say when they'll come back, and then come back."), plan);
        assertTrue(plan.contains("Maya was asked to try a softer start-up when she brings up something that bothers her"), plan);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("Daniel answered \u201CNo.\u201D") && si.summary().contains("Maya answered \u201CNo, nothing like that.\u201D"),
                si.summary());
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("Daniel answered \u201CNo, never."), abuse.summary());
        // "thought about just getting in the car and driving to my sister's and not coming back": leaving, not ideation
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertEquals("not_assessed", risk(note, "homicidal_ideation").polarity());
    }

    @Test
    void in_an_individual_note_of_a_joint_session_the_one_who_speaks_most_is_the_client_and_the_other_is_named() {
        NoteDocument note = note("couple-joint-pursue-withdraw-transcript.txt", SessionType.Standard, Pronouns.FeminineHer, null);
        String presentation = section(note, "presentation");
        assertTrue(presentation.contains("Client reports that they had another blowup"), presentation);
        assertTrue(presentation.contains("Daniel reports that he would say it was better at the start of the week."), presentation);
        assertTrue(presentation.contains("Daniel said to the client: \u201CWhen you're upset I freeze"), presentation);
        assertTrue(presentation.contains("Client said to Daniel: \u201CI didn't know you were scared.\u201D"), presentation);
        // things to do "when either of you feels flooded" are for both
        assertTrue(section(note, "plan").contains("Client and Daniel were asked to try two things: first,"), section(note, "plan"));
        assertTrue(section(note, "plan").contains("when either of them feels flooded"), section(note, "plan"));
    }

    @Test
    void a_client_with_a_relative_in_the_room_is_still_the_client() {
        // "Mother:" and "Tyler:": one client and a relative, reported as "Client's mother" (no one is named)
        NoteDocument note = note("adhd-homework-family-transcript.txt", SessionType.Standard, Pronouns.MasculineHim, null);
        assertFalse(whole(note).contains("Tyler reports") || whole(note).contains("Tyler answered"), whole(note));
    }

    @Test
    void an_officers_passive_death_wish_with_a_rifle_at_home_is_charted_with_the_means_he_agreed_to_restrict_and_the_plans_safety_goal() {
        NoteDocument note = note("officer-ptsd-alcohol-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, "plan-officer.md");
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "intent denied", "access to firearms reported", "means restriction agreed", "crisis resources given");
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertTrue(section(note, "subjective").contains("goes downstairs and has a couple of beers"), section(note, "subjective"));
        List<String> linked = note.treatmentPlan().stream().map(PlanLink::item).toList();
        // grounding practised and set as homework is the plan's intervention; the rifle given to his brother is its safety
        // objective (neither had been linked); the marriage, mentioned only as a fight about the cans, is not
        assertTrue(linked.contains("Grounding and breathing skills"), linked.toString());
        assertTrue(linked.contains("Client will keep a written safety plan and restrict access to lethal means."), linked.toString());
        assertFalse(linked.stream().anyMatch(l -> l.contains("marital") || l.contains("conjoint")), linked.toString());
    }

    @Test
    void a_partner_who_joins_an_individual_session_is_named_and_the_client_stays_the_client() {
        NoteDocument note = note("partner-joins-depression-transcript.txt", SessionType.Standard, Pronouns.FeminineHer, null);
        String presentation = section(note, "presentation");
        // (Luis's words had been the client's: "Client reports that he has been worried about her")
        assertTrue(presentation.contains("Client reports that she is getting out of bed"), presentation);
        assertTrue(presentation.contains("Luis reports that he has been worried about her."), presentation);
        assertTrue(presentation.contains("When asked \u201CWhat have you noticed at home?\u201D, Luis answered \u201CShe doesn't laugh anymore.\u201D"),
                presentation);
        assertTrue(presentation.contains("Client said to Luis: \u201CI didn't know you noticed the phone.\u201D"), presentation);
        String plan = section(note, "plan");
        assertTrue(plan.contains("Luis was asked to invite her for the walk"), plan);
        assertTrue(plan.contains("Client was asked to do the walk at least three times and write down her mood before and after"), plan);
        assertTrue(plan.contains("Client and Luis were asked to think about whether going back to choir"), plan);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    @Test
    void a_partner_named_beside_a_speaker_labelled_client_is_named_and_the_clients_own_name_addresses_the_client() {
        String labelled = Engines.session("partner-joins-depression-transcript.txt").replaceAll("(?m)^Rosa:", "Client:");
        NoteDocument note = Engines.engine().write(new ExtractiveNoteEngine.Request(labelled, SessionType.Standard, false,
                Pronouns.FeminineHer, "Therapist", null));
        assertTrue(section(note, "presentation").contains("Luis reports that he has been worried about her."), section(note, "presentation"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Luis was asked to invite her for the walk"), plan);
        // "Rosa, for this week I'd like you to do the walk ...", said after Luis spoke: Rosa is no one else, so the client
        assertTrue(plan.contains("Client was asked to do the walk at least three times and write down her mood"), plan);
    }

    @Test
    void what_the_clinician_will_send_is_named_and_a_rating_asked_for_as_an_imperative_keeps_its_answer() {
        NoteDocument note = note("panic-interoceptive-letter-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "Would it be okay if I wrote a letter to your primary care doctor ...?" ... "I'll fax it to her office this afternoon"
        assertTrue(plan.contains("Therapist will fax the letter to her office this afternoon"), plan);
        // ("Maybe sixty." had been dropped: "Rate your anxiety ..." was no question)
        assertTrue(whole(note).contains("When asked \u201CRate your anxiety from zero to a hundred before we start.\u201D, the client answered "
                + "\u201CMaybe sixty.\u201D"), whole(note));
        // ... and is not also an instruction ("Therapist asked the client to rate her anxiety ...")
        assertFalse(plan.contains("asked the client to rate"), plan);
        // what the rest of the session was spent on is its focus
        NoteDocument headway = note("panic-interoceptive-letter-transcript.txt", SessionType.HeadwaySoap, Pronouns.FeminineHer, null);
        assertEquals("Therapist and client spent the rest of the time on the interoceptive exposure.", section(headway, "session_focus"));
        NoteDocument officer = note("officer-ptsd-alcohol-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertTrue(section(officer, "plan").contains("Therapist will send the referral to the EAP for a sleep evaluation today."),
                section(officer, "plan"));
    }

    @Test
    void an_emdr_note_of_a_session_without_emdr_work_claims_no_bilateral_stimulation() {
        NoteDocument note = note("anxiety-transcript.txt", SessionType.Emdr, Pronouns.FeminineHer, null);
        // (the breathing practised and the thought examined had stood under "Bilateral-stimulation sets")
        assertEquals("", section(note, "bls"));
        assertTrue(section(note, "processing").contains("Therapist and client practiced the breathing exercise"), section(note, "processing"));
        // EMDR work keeps its sets
        assertTrue(section(note("emdr-notes.txt", SessionType.Emdr, Pronouns.FeminineHer, null), "bls")
                .contains("Completed 14 sets of bilateral stimulation"));
    }

    @Test
    void a_habit_reversal_session_charts_the_response_to_the_practice_the_clients_commitment_and_no_self_harm_in_the_pulling() {
        NoteDocument note = note("trichotillomania-hrt-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // the urge falling while she held the competing response, and how she left: the response to the work (the assessment
        // had been empty)
        String assessment = section(note, "assessment");
        assertTrue(assessment.contains("it goes down a bit"), assessment);
        // (said while practising, quoted as the exercise; the urge's numbers too)
        assertTrue(assessment.contains("During the exercise, the client said: \u201CThe second time it went to a three."), assessment);
        assertTrue(assessment.contains("Maybe from a six to a four."), assessment);
        assertTrue(assessment.contains("she actually feels a little more hopeful"), assessment);
        assertFalse(assessment.contains("filled in the log"), assessment);
        // "Could you get one before Friday?" "Yeah, there's a store near campus. I'll get one tomorrow." (the step was dropped)
        assertTrue(whole(note).contains("she will get one tomorrow"), whole(note));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Next session: same time next Tuesday"), plan);
        assertTrue(whole(note).contains("some pulling is automatic and some is focused"), whole(note));
        // "The pulling isn't about hurting myself": no self-harm endorsed, and the screen's answer is the denial
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertFalse(whole(note).contains("overs-plucked"), whole(note));
        // "It went down to maybe a four after I called my sponsor.": the week's craving, not a response in the session
        NoteDocument relapse = note("birp-alcohol-relapse-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(relapse, "subjective").contains("it went down to maybe a four after she called her sponsor"),
                section(relapse, "subjective"));
        // "I'll ask her.": a step that names nothing is no sentence of its own
        assertFalse(whole(relapse).contains("I'll ask her"), whole(relapse));
    }

    @Test
    void a_home_visits_notes_put_who_the_client_is_a_relatives_report_and_a_clutter_rating_where_they_belong() {
        NoteDocument note = note("hoarding-home-visit-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String subjective = section(note, "subjective");
        // (all three went to the plan: "CBT", "scheduled", and no rule for the session's own record with "60 min" written out)
        assertTrue(subjective.contains("Session 9, home visit, 60 minutes."), subjective);
        assertTrue(subjective.contains("Client is a 67-year-old widowed female seen at her apartment for CBT for hoarding disorder."),
                subjective);
        assertTrue(subjective.contains("Daughter reports the landlord sent a second notice"), subjective);
        String objective = section(note, "objective");
        assertTrue(objective.contains("Clutter Image Rating today: living room 6, kitchen 5, bedroom 4"), objective);
        assertTrue(objective.contains("No evidence of psychosis."), objective);
        // the exposure's feared outcome, and how it was: the response to the work
        assertTrue(section(note, "assessment").contains("I thought I would feel awful but it's okay, it's just paper."),
                section(note, "assessment"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client to drop off the donation bags by Friday"), plan);
        assertFalse(plan.contains("67-year-old"), plan);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertEquals("not_assessed", risk(note, "abuse").polarity());
        // the course of the exposure's distress is the response to it (it was in the plan)
        NoteDocument birp = note("hoarding-home-visit-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        assertTrue(section(birp, "response").contains("SUDS 60 at start, 70 peak, 35 after 15 minutes."), section(birp, "response"));
        assertFalse(section(birp, "plan").contains("SUDS"), section(birp, "plan"));
    }

    @Test
    void a_chief_complaint_taken_from_the_history_is_the_problem_not_who_the_client_is_or_the_sessions_record() {
        // (it read "Client is a 34-year-old female seen for individual therapy, session 6.")
        assertTrue(section(note("depression-notes.txt", SessionType.Intake, Pronouns.FeminineHer, null), "chief_complaint")
                .startsWith("Client reports low mood for 3 weeks following job loss"));
        // (it read "Session 6 of CPT.")
        assertTrue(section(note("cpt-veteran-notes.txt", SessionType.Intake, Pronouns.MasculineHim, null), "chief_complaint")
                .startsWith("Client complains of nightmares"));
        // a session's record that names the problem is one
        assertTrue(section(note("emdr-mva-notes.txt", SessionType.Intake, Pronouns.FeminineHer, null), "chief_complaint")
                .startsWith("Session 6 of EMDR for PTSD after a motor vehicle accident"));
    }

    @Test
    void a_retired_mans_revolver_is_charted_as_the_method_he_thought_of_with_what_was_done_about_it() {
        NoteDocument note = note("retirement-ipt-firearm-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        // "Not like a plan." ... "Have you thought about how you would do it?" "I've got my father's revolver in the gun safe. ...
        // I haven't taken it out.": a method, no plan (it read "plan endorsed", and named neither the revolver nor that it
        // was untouched); the safety plan asked for and agreed to, and the grandson's T-ball, were left out
        assertQualified(si, "method considered, no plan", "intent denied", "no preparatory behaviour reported",
                "access to firearms reported", "means restriction agreed", "safety plan made or reviewed", "crisis resources given",
                "protective factors named");
        assertFalse(si.summary().contains("plan endorsed"), si.summary());
        // the score said in words (dropped), the referral to the primary care doctor (dropped), the last session's focus
        assertTrue(section(note, "objective").contains("Therapist noted that his PHQ-9 was seventeen."), section(note, "objective"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist will ask Dr. Patel, his primary care doctor, to see him about the sleep and the drinking"), plan);
        assertTrue(plan.contains("Therapist and client returned to the role transition."), plan);
        assertTrue(whole(note).contains("Therapist and client agreed to focus on the move into retirement as the main problem area in "
                + "the last session."), whole(note));
        // "When I'm on the third beer and I start going over the last day at the plant.": the warning sign, with its question
        assertTrue(whole(note).contains("When asked \u201CWhat's the first sign that a night is going bad?\u201D, the client answered "
                + "\u201CWhen I'm on the third beer and I start going over the last day at the plant."), whole(note));
    }

    // ---- mirror retraining for body dysmorphic disorder (bdd-mirror-exposure-transcript.txt) -------------------------------

    @Test
    void what_the_client_says_inside_an_exercise_in_the_room_is_the_exercise_and_its_course_not_her_week() {
        NoteDocument soap = note("bdd-mirror-exposure-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String assessment = section(soap, "assessment");
        // "Go ahead and start with your hair." "My hair is dark brown, ...": said in the exercise (it was reported as her week,
        // "She adds that her hair is dark brown ...", in the subjective)
        assertTrue(assessment.contains("During the exercise, the client said: \u201CMy hair is dark brown, shoulder length, parted on "
                + "the left."), assessment);
        assertTrue(assessment.contains("When asked \u201CWhere's the anxiety now?\u201D, the client answered \u201CSeventy-five.\u201D"),
                assessment);
        assertTrue(assessment.contains("When asked \u201CWhere's your anxiety right now, before we start?\u201D, the client answered "
                + "\u201CMaybe sixty.\u201D"), assessment);
        assertTrue(assessment.contains("Therapist stated that her anxiety went up to seventy-five and came down to fifty without her "
                + "checking, covering, or fixing anything."), assessment);
        String subjective = section(soap, "subjective");
        assertFalse(subjective.contains("dark brown"), subjective);
        assertFalse(subjective.contains("seventy-five"), subjective);
        // what she told of the week stays hers ("When you checked in the bathroom mirror, what happened to the anxiety?" "For a
        // second it goes down ...": asked of the week, though told in the present; it went to the assessment)
        assertTrue(subjective.contains("she kept going to the bathroom to check"), subjective);
        assertTrue(subjective.contains("for a second it goes down, like okay, it's not that bad"), subjective);
        assertFalse(assessment.contains("for a second it goes down"), assessment);

        NoteDocument birp = note("bdd-mirror-exposure-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        // "Keep describing, and notice the urge to zoom in ...", said while she did it: the intervention, not homework
        assertTrue(section(birp, "intervention").contains("During the exercise, the client was asked to keep describing, and notice the "
                + "urge to zoom in or touch her face without doing it."), section(birp, "intervention"));
        String plan = section(birp, "plan");
        assertFalse(plan.contains("keep describing"), plan);
        assertTrue(plan.contains("Client was asked to do the mirror exercise at home once a day for ten minutes"), plan);
        // before the exercise, the week's report is the behaviour, not the response
        assertTrue(section(birp, "behaviour").contains("she picked at her skin on two of the nights"), section(birp, "behaviour"));
    }

    @Test
    void a_wish_to_disappear_that_the_client_says_is_not_dying_is_no_death_wish_and_picking_is_asked_apart_from_self_harm() {
        NoteDocument note = note("bdd-mirror-exposure-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "Sometimes ... it would be easier to just disappear for a while. Not like dying. More like not having to be seen." (it
        // read as a passive death wish, endorsed) and "Have you had any thoughts of killing yourself?" "No. Never."
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("Not like dying."), si.summary());
        assertQualified(si, "crisis resources given");
        // "And have you done anything to hurt your skin on purpose, beyond the picking we talked about?" "No. Just the picking."
        // (self-harm had been endorsed from the answer about disappearing)
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertTrue(selfHarm.summary().contains("No. Just the picking."), selfHarm.summary());
    }

    // ---- CBT for chronic pain during an opioid taper, in the clinician's notes (chronic-pain-taper-notes.txt) ----------------

    @Test
    void a_taper_note_keeps_its_homework_named_the_session_record_first_and_the_firearms_locked_away() {
        NoteDocument note = note("chronic-pain-taper-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        // "HW: time-based pacing ...": the heading is what makes it the client's task (it read "Time-based pacing for all ...")
        String plan = section(note, "plan");
        assertTrue(plan.contains("Homework: time-based pacing for all yard/house tasks."), plan);
        assertTrue(plan.contains("Client agreed to limit alcohol to 1 beer/night max and track on log."), plan);
        // "Session 5 of CBT for chronic pain (CBT-CP)." and "In-person, 50 min." head the note (they were its plan)
        String subjective = section(note, "subjective");
        assertTrue(subjective.startsWith("Session 5 of CBT for chronic pain (CBT-CP)."), subjective);
        assertTrue(subjective.contains("In-person, 50 minutes."), subjective);
        assertFalse(plan.contains("In-person"), plan);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "history of a suicide attempt", "means restriction agreed", "firearms reported locked away",
                "protective factors named");
        assertTrue(section(note, "objective").contains("PHQ-9 = 14 (16 at intake)."), section(note, "objective"));
    }

    // ---- prolonged exposure, imaginal exposure to the hot spot (pe-imaginal-veteran-transcript.txt) --------------------------

    @Test
    void an_imaginal_exposure_is_quoted_as_narrated_with_its_suds_and_the_weeks_in_vivo_ratings_stay_the_clients_report() {
        NoteDocument note = note("pe-imaginal-veteran-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        String response = section(note, "response");
        // the memory told in the present tense, eyes closed (the second time through had read "He notes that Ramirez is by the
        // tire. He explains that he is putting the tourniquet on." in the behaviour, as his week)
        assertTrue(response.contains("During the exercise, the client said: \u201CThe truck stops. There's dust everywhere"), response);
        assertTrue(response.contains("During the exercise, the client said: \u201CThe truck stops. Dust, ringing."), response);
        // "What are you seeing now?" and "What happens next?" only keep him going: his answer is the narration
        assertTrue(response.contains("During the exercise, the client said: \u201CThe bird is coming in."), response);
        assertTrue(response.contains("When asked \u201CSUDS?\u201D, the client answered \u201CNinety.\u201D"), response);
        assertTrue(response.contains("When asked \u201CSUDS?\u201D, the client answered \u201CSeventy.\u201D"), response);
        String behaviour = section(note, "behaviour");
        assertFalse(behaviour.contains("tourniquet"), behaviour);
        // "What were your SUDS?" of the grocery store on Saturday: his report of the week (it went to the plan, as EMDR work)
        assertTrue(behaviour.contains("When asked \u201CWhat were your SUDS?\u201D, the client answered \u201CStarted around seventy"),
                behaviour);
        // "Except the part where I find Ramirez.": quoted (it read "He states that except the part ...")
        assertTrue(behaviour.contains("Client stated: \u201CExcept the part where I find Ramirez.\u201D"), behaviour);
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("During the exercise, the client was asked to keep going, stay in the present tense."), intervention);
        assertTrue(intervention.contains("Therapist stated that same as before: eyes closed"), intervention);
        assertTrue(section(note, "plan").contains("listen to today's recording once a day"), section(note, "plan"));
        // a trauma narrated is no risk of now: "I'm thinking I'm going to lose him, it's my fault" and the blood on his hands
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("not_assessed", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
    }

    @Test
    void the_validity_and_disturbance_ratings_of_an_emdr_session_written_as_soap_are_its_assessment_not_its_plan() {
        NoteDocument note = note("emdr-conversation.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "assessment").contains("the client answered \u201CMaybe a 2.\u201D"), section(note, "assessment"));
        assertFalse(section(note, "plan").contains("Maybe a 2"), section(note, "plan"));
    }

    // ---- a teenager seen with her mother, then alone (teen-vaping-mother-transcript.txt) -------------------------------------

    @Test
    void words_said_in_anger_that_the_teen_takes_back_when_asked_are_charted_so_and_a_slammed_door_is_no_violence() {
        NoteDocument note = note("teen-vaping-mother-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        // "When we took her phone away she screamed that she wished she was dead and slammed her door." ... "Have you had any
        // thoughts of killing yourself ...?" "No. I swear. I was just mad." (it read "endorsed; passive")
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "the client said the words were said in anger and not meant");
        assertTrue(si.summary().contains("she wished she was dead"), si.summary());
        // the door she slammed is not property smashed in a fight (it read "Abuse or violence: endorsed; property damaged ...")
        assertEquals("not_assessed", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
        // her friend's cutting is not hers
        assertEquals("denied", risk(note, "self_harm").polarity(), risk(note, "self_harm").summary());
    }

    @Test
    void what_the_teen_and_her_mother_each_agreed_to_is_the_plan_and_confidentiality_is_recorded_as_reviewed() {
        NoteDocument note = note("teen-vaping-mother-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "And about the vaping, would you be willing to keep track ...?" "Okay. I can put it in my notes app." (the step was
        // lost: only "Client reports that she can put it in her notes app." was left)
        assertTrue(plan.contains("Client agreed, regarding the vaping, to keep track of how many times she uses it each day this week"), plan);
        // "Ms. Delgado, could you help by making the kitchen table available ...?" "Yes, I can do that." (dropped)
        assertTrue(plan.contains("Client's mother agreed to help by making the kitchen table available and not checking on her during "
                + "that hour."), plan);
        String data = section(note, "data");
        // "Just a reminder, what you tell me stays between us unless I'm worried about your safety ..."
        assertTrue(data.contains("Therapist reviewed confidentiality: what she tells the therapist stays between them unless the therapist "
                + "is worried about her safety or someone else's."), data);
        // "You wouldn't be breaking her trust ..." (it read "her wouldn't be breaking"; the sentence itself is quoted with the question
        // after it, and the data section's cut may leave it out)
        assertFalse(whole(note).contains("her wouldn't be breaking"), whole(note));
        assertEquals("Therapist stated that she wouldn't be breaking her trust by caring about her safety", new ClinicalVoice("Therapist",
                Pronouns.FeminineHer).clinicianSpeech("You wouldn't be breaking her trust by caring about her safety.").orElseThrow());
        // asked not to tell, and the condition she named: quoted (they read "Client reports that don't tell her mom she said that")
        assertTrue(data.contains("\u201CBut don't tell my mom I said that.\u201D"), data);
        assertTrue(data.contains("\u201CIf I didn't have my phone in my room, probably.\u201D"), data);
        assertTrue(plan.contains("then she and the therapist will have time on their own"), plan);
    }

    // ---- acceptance and commitment therapy, leaves on a stream, with multiple sclerosis (act-defusion-ms-transcript.txt) ------

    @Test
    void thoughts_put_on_leaves_in_a_defusion_exercise_are_the_exercise_not_the_clients_report_and_a_joint_watch_is_both_of_theirs() {
        NoteDocument note = note("act-defusion-ms-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        String response = section(note, "response");
        // "I'm useless at work now." was a thought placed on a leaf (it read "She explains that she is useless at work now.")
        assertTrue(response.contains("Another leaf. I'm useless at work now.\u201D"), response);
        assertTrue(response.contains("During the exercise, the client said: \u201CIt's floating. It's still there but it's further away."),
                response);
        assertFalse(section(note, "behaviour").contains("useless"), section(note, "behaviour"));
        // "Whenever a thought shows up, put it on a leaf ...", said while she did it
        assertTrue(section(note, "intervention").contains("During the exercise, the client was instructed to put it on a leaf"),
                section(note, "intervention"));
        String plan = section(note, "plan");
        // "Let's keep an eye on that together, and if it ever turns into thoughts of ending your life, I want you to call me or
        // 988." (it read "Client will keep an eye on that together, and if ...")
        assertTrue(plan.contains("Therapist and client will keep an eye on that together. Client was instructed to call the therapist or "
                + "988 if it ever turns into thoughts of ending her life."), plan);
        // "What would make that doable?" "If Tom dropped me at the side entrance, where there's a ramp.": with its question
        assertTrue(whole(note).contains("When asked \u201CWhat would make that doable?\u201D, the client answered \u201CIf Tom dropped me "
                + "at the side entrance, where there's a ramp.\u201D"), whole(note));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertQualified(si, "plan denied", "intent denied", "crisis resources given");
        assertTrue(si.summary().contains("But I don't want to die."), si.summary());
    }

    // ---- parent-child interaction therapy, coaching the mother at play (pcit-coaching-mother-transcript.txt) -------------------

    @Test
    void in_coached_play_each_speaker_is_quoted_as_who_they_are_and_the_coaching_is_the_intervention() {
        NoteDocument note = note("pcit-coaching-mother-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        String response = section(note, "response");
        // the mother's praise and the boy's play, each as said (the mother's words had read "During the exercise, the client said")
        assertTrue(response.contains("During the exercise, the client's mother said: \u201CYou're building a tall tower."), response);
        assertTrue(response.contains("During the exercise, the client said: \u201CIt's a castle. The dragon lives here.\u201D"), response);
        assertFalse(response.contains("the client said: \u201CYou're building"), response);
        // "That was a question. Try turning it into a reflection or a description.", said through the earpiece: coaching in the
        // room, not homework
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("During the exercise, the client's mother was asked to try turning it into a reflection or a "
                + "description."), intervention);
        String plan = section(note, "plan");
        assertFalse(plan.contains("turning it into a reflection or a description"), plan);
        assertTrue(plan.contains("Client's mother was asked to keep special time five minutes every day"), plan);
        assertTrue(section(note, "behaviour").contains("she has not spanked him since their first session"), section(note, "behaviour"));
        assertTrue(section(note, "behaviour").contains("she never realized how much she quizzes him"), section(note, "behaviour"));
    }

    // ---- an intake through a Dari interpreter (interpreter-refugee-intake-transcript.txt) ---------------------------------------

    @Test
    void words_relayed_by_an_interpreter_are_the_clients_and_the_interpreters_own_are_not() {
        NoteDocument note = note("interpreter-refugee-intake-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String all = whole(note);
        // "She says she was afraid she was going crazy.": the client's report, relayed (it was quoted as the client's words)
        assertTrue(all.contains("that she was afraid she was going crazy."), all);
        assertFalse(all.contains("\u201CShe says"), all);
        // an answer given through the interpreter says so
        assertTrue(all.contains("When asked \u201CCan you tell me in your own words what brings you here?\u201D, through the interpreter, "
                + "the client answered \u201CI cannot sleep.\u201D"), all);
        // "I have explained this to her.": the interpreter's own part (it read as the client's)
        assertFalse(all.contains("explained this to her"), all);
        // "She is crying a little.": what the interpreter saw, not the client's report
        assertTrue(all.contains("Interpreter noted that the client is crying a little."), all);
        // "I think of my mother. She is still in Afghanistan.", interpreted in the first person: the mother is there, not the client
        assertFalse(all.contains("that she is still in Afghanistan"), all);
        // "Then I cannot go back to sleep."
        assertTrue(all.contains("then she cannot go back to sleep"), all);
        assertFalse(all.contains("cannots"), all);
    }

    @Test
    void a_session_through_an_interpreter_says_so_with_the_language_named() {
        String input = Engines.session("interpreter-refugee-intake-transcript.txt");
        NoteDocument soap = note("interpreter-refugee-intake-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        NoteSentence first = soap.sections().stream().filter(s -> s.key().equals("objective")).findFirst().orElseThrow().sentences().get(0);
        // the objective had read "Not documented in this session."; the language is the one the clinician named
        assertEquals("Session conducted through a Dari interpreter.", first.text());
        // its evidence: the interpreter's first words, and where the language is named
        assertTrue(input.substring(first.evidence().get(0).start(), first.evidence().get(0).end()).startsWith("I understand."),
                first.evidence().toString());
        assertTrue(input.substring(first.evidence().get(1).start(), first.evidence().get(1).end()).contains("female Dari interpreter"),
                first.evidence().toString());
        // a mental status examination says it with the speech it heard through the interpreter
        NoteDocument mse = note("interpreter-refugee-intake-transcript.txt", SessionType.Mse, Pronouns.FeminineHer, null);
        assertTrue(section(mse, "speech").startsWith("Session conducted through a Dari interpreter."), section(mse, "speech"));
        // a session without an interpreter says nothing of one
        assertFalse(whole(note("anxiety-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null)).contains("interpreter"));
    }

    @Test
    void a_language_named_by_the_clinician_and_none_named_read_so() {
        String turns = """
                Therapist: Welcome back, Mr. Farah, and thank you to our Somali interpreter for joining us. How have you been sleeping since we last met?
                Interpreter: He says he sleeps a little better now, maybe five hours. The nightmares come less, two times in the week.
                Therapist: That is good to hear. What do you do when you wake from a nightmare?
                Interpreter: I get up and I make tea. I sit by the window until I feel calm. Sometimes I call my brother in Hargeisa.
                Therapist: And how is your appetite? Are you eating regular meals with your family?
                Interpreter: Yes. My wife cooks and we eat together in the evening. In the morning I am not hungry, only tea.
                Therapist: I would like you to keep doing the breathing at night, and write down the nights with nightmares for me.
                Interpreter: He says yes, he will do that. He asks if next week is the same time.
                Therapist: Yes, same time next week, Tuesday at ten.
                """;
        NoteDocument somali = Engines.engine().write(new ExtractiveNoteEngine.Request(turns,
                SessionType.Soap, false, Pronouns.MasculineHim, "Therapist", null));
        assertTrue(section(somali, "objective").startsWith("Session conducted through a Somali interpreter."), section(somali, "objective"));
        NoteDocument unnamed = Engines.engine().write(new ExtractiveNoteEngine.Request(turns.replace(" to our Somali interpreter", ""), SessionType.Dap, false, Pronouns.MasculineHim,
                "Therapist", null));
        assertTrue(section(unnamed, "data").startsWith("Session conducted through an interpreter."), section(unnamed, "data"));
    }

    @Test
    void the_lead_in_to_a_question_about_suicide_is_the_question_not_a_statement() {
        // "Sometimes when people have been through so much, they feel that life is not worth living, or they think about ending
        // their life. Have you had thoughts like that?": it read "Therapist stated that sometimes when people ..." in the plan
        for (String file : List.of("interpreter-refugee-intake-transcript.txt", "bps-chronic-pain-transcript.txt", "young-adult-depression-they.txt")) {
            String all = whole(note(file, SessionType.Soap, Pronouns.FeminineHer, null));
            assertFalse(all.contains("that sometimes when people"), file + ": " + all);
        }
        // what the client answered is charted all the same
        RiskFinding si = risk(note("bps-chronic-pain-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null), "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "better off with the life insurance");
    }

    @Test
    void an_interpreted_no_to_the_suicide_question_is_a_denial_with_its_reasons() {
        NoteDocument note = note("interpreter-refugee-intake-transcript.txt", SessionType.Intake, Pronouns.FeminineHer, null);
        // "She says no. She says it is forbidden in her religion, and her children need her. ...": it read "unclear"
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "protective factors named", "answered through the interpreter \u201CNo. It is forbidden in her religion");
        // the interpreter's note on the client's word for her distress is kept as the interpreter's
        assertTrue(whole(note).contains("Interpreter clarified: \u201CThe word she used for how she feels is \"del-tangi\"."), whole(note));
    }

    // ---- esketamine treatment visit (esketamine-monitoring-notes.txt), psychodynamic session (psychodynamic-transference-transcript.txt)

    @Test
    void suicidal_ideation_denied_since_induction_is_denied_with_its_history() {
        NoteDocument note = note("esketamine-monitoring-notes.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        // "Denies SI since week 3 of induction; previously endorsed passive SI with no plan.": it read "endorsed; passive"
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "history of suicidal ideation");
        // "Administration: 84 mg intranasal ..., self-administered under direct observation, completed 10:12.": what was given
        // and watched in the clinic, whole (it was the client's report, and "Completed 10:12." stood alone in the plan)
        String objective = section(note, "objective");
        assertTrue(objective.contains("self-administered under direct observation, completed 10:12."), objective);
        assertTrue(objective.contains("Mild dissociation peaked around 20-30 minutes"), objective);
        assertFalse(section(note, "plan").contains("10:12"), section(note, "plan"));
    }

    @Test
    void nothing_like_wanting_to_not_be_here_is_a_denial() {
        NoteDocument note = note("psychodynamic-transference-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        // it read "not addressed in the session input"
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "Nothing like wanting to not be here.");
    }

    // ---- autistic burnout at work (autistic-burnout-transcript.txt) ------------------------------------------------------------

    @Test
    void the_things_asked_for_are_the_answer_whole() {
        NoteDocument note = note("autistic-burnout-transcript.txt", SessionType.Soap, Pronouns.NeutralThem, null);
        // "What would make the biggest difference?": four accommodations, each a sentence; only the first was kept with the
        // question, two were lost and the last read alone
        assertTrue(whole(note).contains("When asked \u201CWhat would make the biggest difference?\u201D, the client answered \u201CA desk in a "
                + "corner, away from the coffee machine. Permission to wear my noise-cancelling headphones without people thinking I'm rude. "
                + "Agendas before meetings, in writing, so I'm not put on the spot. And maybe working from home two days a week.\u201D"), whole(note));
        // "I've thought I'd like everything to stop for a while. ... But not dying.": denied
        assertEquals("denied", risk(note, "suicidal_ideation").polarity(), risk(note, "suicidal_ideation").summary());
    }

    // ---- the first session after an overdose (post-attempt-followup-transcript.txt) ----------------------------------------------

    @Test
    void the_first_session_after_an_overdose_charts_the_attempt_the_intent_and_the_means_restricted() {
        NoteDocument note = note("post-attempt-followup-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "Last Tuesday I took all of my sleeping pills ...", "But I don't want to do it again.", "Rob keeps the rest locked in
        // his toolbox": none of the three was charted
        assertQualified(si, "suicide attempt reported (overdose)", "intent denied", "means restriction agreed", "safety plan made or reviewed");
        // the safety plan's coping steps, all three with their question
        assertTrue(whole(note).contains("When asked \u201CAnd what can you do on your own when you notice those?\u201D, the client answered "
                + "\u201CGet up and make tea. Go sit in my daughter's room and listen to her breathing. Use the breathing app.\u201D"), whole(note));
        // ... and whom she can reach out to, on what terms
        assertTrue(whole(note).contains("When asked \u201CWho can you reach out to?\u201D, the client answered \u201CMy sister Kim. She said I can "
                + "call her any time, even at three in the morning. And Rob, if it's not about him.\u201D"), whole(note));
    }

    // ---- a clozapine follow-up with the client's mother (clozapine-followup-mother-transcript.txt) ----------------------------------

    @Test
    void voices_that_command_harm_are_charted_beside_the_denial_of_intent() {
        NoteDocument note = note("clozapine-followup-mother-transcript.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        // "Sometimes they tell me to hurt people. But I don't listen to that." ... "No. I would never.": the denial alone was charted
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        assertQualified(hi, "command hallucinations to harm others reported");
        // what the voices say, with the question that says so (it read "He states that mostly that he is stupid")
        assertTrue(whole(note).contains("When asked \u201CWhat do they say when they come?\u201D, the client answered \u201CMostly that I'm "
                + "stupid, that people are watching me.\u201D"), whole(note));
        // after the mother's "I give him prunes.", what is said of his bowels and his medicine is said to him (it read "Client's
        // mother was instructed to call the clinic the same day if she goes more than three days without a bowel movement")
        assertTrue(whole(note).contains("Client was instructed to call the clinic the same day if he goes more than three days without a "
                + "bowel movement"), whole(note));
        assertTrue(whole(note).contains("the therapist would like him to drink more water"), whole(note));
    }

    // ---- a widower through a Vietnamese interpreter (vietnamese-interpreter-widower-transcript.txt) --------------------------

    @Test
    void a_wish_to_join_his_wife_relayed_by_the_interpreter_is_passive_ideation() {
        NoteDocument note = note("vietnamese-interpreter-widower-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        // "He says sometimes he wishes he could go be with her. He prays that God will take him soon. But he would not do anything
        // to himself ...", to "... they feel that they do not want to go on living. Have you had thoughts like that?": it read
        // "denied" from the "No, never." to the question about a method after it
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "protective factors named", "wishes he could go be with her");
        assertEquals("denied", risk(note, "self_harm").polarity());
        // the lead-in to the question, after his name, is no statement of the clinician's
        assertFalse(whole(note).contains("sometimes when people lose someone"), whole(note));
    }

    @Test
    void what_the_interpreter_relays_is_the_clients_report_and_courtesy_is_left_out() {
        NoteDocument note = note("vietnamese-interpreter-widower-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String all = whole(note);
        assertEquals("Session conducted through a Vietnamese interpreter.", section(note, "objective"));
        // "He says good morning, thank you for seeing him.": it read "Client reports that good morning, thank you ..."
        assertFalse(all.contains("good morning"), all);
        // a relayed sentence that opens with when or "but", or names him further on, is his report, not a quotation
        assertTrue(all.contains("that now he eats instant noodles or nothing."), all);
        assertTrue(all.contains("that on Wednesday he goes to the temple, but he has not gone since the funeral."), all);
        assertTrue(all.contains("that the people there ask about his wife and he does not want to cry in front of them."), all);
        assertFalse(all.contains("\u201CNow he eats"), all);
        // "The interpreter would like to add that at the temple there is usually a lunch for elders ...": what is added is kept
        assertTrue(all.contains("Interpreter stated: \u201CAt the temple there is usually a lunch for elders after the service. "
                + "He mentioned it in the waiting room.\u201D"), all);
    }

    // ---- a daughter caring for her father with dementia (dementia-caregiver-strain-transcript.txt) ----------------------------

    @Test
    void a_caregiver_grabbing_her_fathers_wrist_hard_is_harm_by_the_client() {
        NoteDocument note = note("dementia-caregiver-strain-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "And I grabbed his wrist really hard and I yelled at him to stop it. ... There was a mark on his wrist": it read "Abuse or
        // violence: not addressed"
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "harm by the client to another person reported", "I grabbed his wrist really hard");
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied");
    }

    @Test
    void never_doing_anything_answers_the_self_harm_half_of_a_question_answered_about_not_waking_up() {
        // "Have you had any thoughts of hurting yourself, or that you'd be better off dead?" "Sometimes ... I think it would be
        // easier if I just didn't wake up. But I'd never do anything. ...": self-harm had read unclear, quoting the wish
        RiskFinding selfHarm = risk(note("dementia-caregiver-strain-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null), "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertTrue(selfHarm.summary().contains("client answered \u201CBut I'd never do anything.\u201D"), selfHarm.summary());
        // asked about again straight after ("Have you hurt yourself in any way, like cutting or burning?" "I scratched my arm ..."):
        // the answer to that is the finding, alone
        RiskFinding scratched = risk(note("teen-disclosure-mandated-report-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null), "self_harm");
        assertEquals("endorsed", scratched.polarity(), scratched.summary());
        assertFalse(scratched.summary().contains("wouldn't do anything"), scratched.summary());
    }

    @Test
    void the_day_program_is_the_plan_and_the_next_session_stands_apart_from_what_to_do_in_a_crisis() {
        String plan = section(note("dementia-caregiver-strain-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null), "plan");
        // "I'd like to connect you with the adult day program at Riverside, three days a week.": it was left out
        // ("That would give you mornings to sleep.", said after it: what it is for; it read "Therapist stated that that would ...")
        assertTrue(plan.contains("Therapist will connect her with the adult day program at Riverside, three days a week, which would give "
                + "her mornings to sleep."), plan);
        assertFalse(whole(note("dementia-caregiver-strain-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null)).contains("that that"));
        // "Let's meet again next Tuesday, and if the thoughts of not waking up get stronger, or you feel you might hurt your dad,
        // call me or the crisis line, 988, right away.": it read "Next session: next Tuesday, and if ..., call the therapist ..."
        assertTrue(plan.contains("Next session: next Tuesday. Client was instructed to call the therapist or the crisis line, 988, right away "
                + "if the thoughts of not waking up get stronger, or she feels she might hurt her dad."), plan);
    }

    // ---- a smoking-cessation consultation in general practice (gp-smoking-cessation-consult.txt) ------------------------------

    @Test
    void findings_said_aloud_on_examination_are_the_examination_and_what_is_arranged_is_management() {
        NoteDocument note = note("gp-smoking-cessation-consult.txt", SessionType.GpSoap, Pronouns.MasculineHim, null);
        String examination = section(note, "objective");
        // "On examination, blood pressure is 142 over 88, ... Chest has a few scattered wheezes, no crackles.": only "BMI 29." was kept
        assertEquals("On examination, blood pressure is 142 over 88, pulse 84, oxygen saturation 96 percent on room air. "
                + "Chest has a few scattered wheezes, no crackles. BMI 29.", examination);
        String management = section(note, "plan");
        // it was under the examination, for the blood pressure it names
        assertTrue(management.contains("Therapist will arrange spirometry to check his lungs, and they will recheck his blood pressure in four weeks."),
                management);
        // "Between now and then, try to stop smoking in the car.": it was left out
        assertTrue(management.contains("Patient was asked to stop smoking in the car."), management);
        // "About a pack a day. Twenty, maybe twenty-two. First one within five minutes of waking up.": one answer (it read "He adds
        // that First one within ...")
        String all = whole(note);
        assertTrue(all.contains("the patient answered \u201CAbout a pack a day. Twenty, maybe twenty-two. First one within five minutes of waking up.\u201D"), all);
    }

    // ---- a psychiatric follow-up in the prescriber's notes (perimenopause-psych-followup-notes.txt) ---------------------------

    @Test
    void under_a_p_the_diagnosis_is_the_assessment_and_return_to_clinic_the_plan() {
        NoteDocument note = note("perimenopause-psych-followup-notes.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        String assessment = section(note, "assessment");
        String plan = section(note, "plan");
        assertTrue(assessment.startsWith("MDD, recurrent, moderate, partial response to sertraline 100 mg."), assessment);
        assertTrue(plan.contains("Return to clinic in 4 weeks, sooner if worsening mood or suicidal ideation."), plan);
        assertTrue(plan.contains("Discussed that libido effects may worsen, client agrees to trial."), plan);
        assertFalse(plan.contains("MDD, recurrent"), plan);
        // "52F, f/u for MDD ...": who is seen and why, first (it was the plan's first line)
        assertTrue(section(note, "subjective").startsWith("52F, follow-up for MDD, recurrent, moderate"), section(note, "subjective"));
    }

    // ---- minority stress in a trans client (gender-minority-stress-transcript.txt) --------------------------------------------

    @Test
    void no_urges_to_cut_settles_self_harm_left_unclear_by_an_answer_about_suicide() {
        NoteDocument note = note("gender-minority-stress-transcript.txt", SessionType.Soap, Pronouns.NeutralThem, null);
        // "Have you had any thoughts of suicide or of hurting yourself since the holiday?" "Not like last winter. I had a moment
        // ... thinking nobody would really miss me." ... "Any urges to cut?" "No. I haven't cut in eight months.": it read unclear
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertQualified(selfHarm, "history of self-harm");
    }

    @Test
    void a_thought_answered_in_that_clauses_is_one_answer() {
        NoteDocument note = note("gender-minority-stress-transcript.txt", SessionType.Dap, Pronouns.NeutralThem, null);
        String all = whole(note);
        // "What went through your mind when you read that?" "That I'm the problem. That if I just went back to being who they want,
        // everyone would be happier.": it read "They note that if they just went back ..." as what they report
        assertTrue(all.contains("the client answered \u201CThat I'm the problem. That if I just went back to being who they want, everyone "
                + "would be happier.\u201D"), all);
        assertFalse(all.contains("that if they just went back"), all);
    }

    // ---- shorthand notes: psychosis (dap-psychosis-shorthand-notes.txt), an older adult at home (girp-older-adult-loneliness-notes.txt)

    @Test
    void hallucinations_and_packs_per_day_in_shorthand_are_spelled_out() {
        NoteDocument note = note("dap-psychosis-shorthand-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        String data = section(note, "data");
        assertTrue(data.contains("Client reports auditory hallucinations \"whispering\" mostly at night"), data);
        assertTrue(data.contains("Client denies command auditory hallucinations."), data);
        assertTrue(data.contains("Smoking 1 pack per day."), data);
        assertTrue(section(note, "plan").contains("Coordinate with Dr. Lin regarding medication response before 12/15 appointment."), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    @Test
    void waiting_around_to_die_is_a_passive_wish_and_reassessing_it_is_the_plan_too() {
        NoteDocument note = note("girp-older-adult-loneliness-notes.txt", SessionType.Girp, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        // "Client stated, "I'm just waiting around to die, honestly," then clarified she is "not going to do anything about it ...": it
        // was charted only from the clinician's "Assessed passive death wish", the client's words not quoted
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "I'm just waiting around to die");
        // "Re-assess passive SI next session.": it was the risk section's alone
        assertTrue(section(note, "plan").contains("Re-assess passive suicidal ideation next session."), section(note, "plan"));
    }

    @Test
    void an_answer_naming_what_the_question_named_is_quoted_with_it_and_part_of_me_is_no_name() {
        // "How is the wait for the top surgery consult?" "The consult is January 14th.": it read "She explains that the consult is
        // January 14th." (which consult, only the question said)
        String all = whole(note("gender-minority-stress-transcript.txt", SessionType.Soap, Pronouns.NeutralThem, null));
        assertTrue(all.contains("When asked \u201CHow is the wait for the top surgery consult?\u201D, the client answered \u201CThe consult is "
                + "January 14th.\u201D"), all);
        // "Part of me wants to cancel because what if they find something.": it read "She notes that Part of her wants ..."
        String anxious = whole(note("health-anxiety-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null));
        assertTrue(anxious.contains("that part of her wants to cancel"), anxious);
        assertFalse(anxious.contains("that Part of"), anxious);
    }

    // ---- a wife joins to report what her husband said (collateral-wife-si-report-transcript.txt) ------------------------------

    @Test
    void what_the_wife_reports_and_the_client_answers_are_one_finding_and_the_plan_is_his() {
        NoteDocument note = note("collateral-wife-si-report-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "access to firearms reported", "means restriction agreed",
                "client's wife said \u201CAnd last Thursday, after the bank called, he said we'd all be better off with the insurance money.\u201D");
        String plan = section(note, "plan");
        // "Would you be willing to have the pistol stored with your brother ...?" "My brother would hold it.": it read "Client reports
        // that his brother would hold it." in the assessment
        assertTrue(plan.contains("Client agreed to have the pistol stored with his brother, or at the gun shop, until things are better: "
                + "\u201CMy brother would hold it. I can take it over Saturday.\u201D"), plan);
        // the same for a rifle given to a brother ("My brother could keep it. He has a safe. I can bring it over Sunday.")
        String officer = whole(note("officer-ptsd-alcohol-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null));
        assertTrue(officer.contains("Client agreed to have someone else hold the key or the rifle for a while, just while things are this hard: "
                + "\u201CMy brother could keep it. He has a safe. I can bring it over Sunday.\u201D"), officer);
        // after the wife's "I'll go with him.", the safety plan and the doctor about his sleep are still his (they read "who she can
        // call", "Client's wife was asked to see Dr. Hughes")
        assertTrue(plan.contains("who he can call"), plan);
        assertTrue(plan.contains("Client was asked to see Dr. Hughes about the sleep this week."), plan);
        // "We'll meet again on Monday, and if things get worse before then, you call me, or 988, or go to the ER."
        assertTrue(plan.contains("Next session: on Monday. Client was instructed to call the therapist, or 988, or go to the ER if things get "
                + "worse before then."), plan);
    }

    @Test
    void the_step_for_the_risky_moment_is_the_plan_and_what_the_clinician_sees_is_the_objective() {
        NoteDocument note = note("birp-alcohol-relapse-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        // "What would help in the car park, before you turn the key?" "Maybe text Luis before I start the car. ...": it was the
        // subjective's
        assertTrue(section(note, "plan").contains("When asked \u201CWhat would help in the car park, before you turn the key?\u201D, the client "
                + "answered \u201CMaybe text Luis before I start the car."), section(note, "plan"));
        // "You seem tired today, but you're really engaged.": it was left out
        assertEquals("Therapist observed that he seems tired today, but he is really engaged.", section(note, "objective"));
    }

    // ---- stalking by an ex-partner, with a safety plan (stalking-ex-partner-transcript.txt) --------------------------------

    @Test
    void stalking_by_an_ex_partner_is_charted_with_its_risk_factors_and_the_safety_plans_steps() {
        NoteDocument note = note("stalking-ex-partner-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        // "He has a hunting rifle at his brother's place.": it read "firearm in the home reported"
        assertQualified(abuse, "threats to harm or kill reported", "access to a firearm reported (kept in another household)",
                "stalking reported", "client reports feeling unsafe");
        // "sometimes people start to feel hopeless. Have you had any thoughts ...?" "No. ...": no hopelessness of hers
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertFalse(si.summary().contains("hopeless"), si.summary());
        // "I fantasize about him just disappearing, but no, I wouldn't hurt anybody.": it read unclear, with the safety plan
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        assertFalse(hi.summary().contains("safety plan"), hi.summary());
        String plan = section(note, "plan");
        // "And vary your route to work, and park in the lit part of the garage ...": it was left out
        assertTrue(plan.contains("Client was asked to vary her route to work, and park in the lit part of the garage, near the attendant."), plan);
        // "Let's add a code word with your sister ...": it read "Therapist proposed to add ...", in the subjective
        assertTrue(plan.contains("Therapist and client added a code word with her sister"), plan);
        assertTrue(plan.contains("Therapist will write a letter for the court"), plan);
        // "You've been very clear and organised today even though you're exhausted ...": it read "Therapist stated that ..."
        assertTrue(section(note, "objective").startsWith("Therapist observed that she has been very clear and organised today"),
                section(note, "objective"));
        String assessment = section(note, "assessment");
        assertTrue(assessment.contains("Therapist is most worried about her sleep."), assessment);
        assertTrue(assessment.contains("tells us the risk is serious"), assessment);
        assertTrue(section(note, "subjective").contains("Client stated: \u201CForty-some messages this week.\u201D"), section(note, "subjective"));
    }

    // ---- a behavioural health consultant's visit after a warm handoff (pcbh-warm-handoff-diabetes-notes.txt) --------------

    @Test
    void an_integrated_care_visit_keeps_its_reason_history_and_sleep_where_a_clinician_looks_for_them() {
        NoteDocument note = note("pcbh-warm-handoff-diabetes-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String subjective = section(note, "subjective");
        // "BHC visit, 25 min, warm handoff from Dr. Lin (PCP) re: PHQ-9 of 14 ...": why the visit happened (it was the objective)
        assertTrue(subjective.startsWith("BHC visit, 25 minutes, warm handoff from Dr. Lin (PCP) regarding PHQ-9 of 14"), subjective);
        // "Eating more fast food." was the assessment, "No prior MH tx." the plan
        assertTrue(subjective.contains("Eating more fast food."), subjective);
        assertTrue(subjective.contains("No prior MH treatment."), subjective);
        assertFalse(section(note, "plan").contains("No prior"), section(note, "plan"));
        // "Obs:" is a heading of the objective, not words of it
        String objective = section(note, "objective");
        assertTrue(objective.contains("Casually dressed, good eye contact."), objective);
        assertFalse(objective.contains("Obs"), objective);
        // in an intake, "Sleep 5-6 hrs, wakes around 3am worrying about money." is the present illness, not the substance use
        NoteDocument intake = note("pcbh-warm-handoff-diabetes-notes.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        assertTrue(section(intake, "present_illness").contains("Sleep 5-6 hours, wakes around 3am worrying about money."),
                section(intake, "present_illness"));
        assertEquals("Client drinks 2-3 beers most nights, \"it helps me unwind\"; AUDIT-C 6.", section(intake, "substance_use"));
    }

    // ---- sextortion of a teenage boy, with suicidal thoughts (teen-sextortion-transcript.txt) -----------------------------

    @Test
    void sextortion_is_charted_with_the_passive_wish_the_method_researched_and_every_step_of_the_plan() {
        NoteDocument note = note("teen-sextortion-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "I thought it would be easier to just not be here ...", "I looked up how many of my mom's sleeping pills it would take."
        assertQualified(si, "passive", "plan denied", "intent denied", "method researched", "means restriction agreed");
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "sextortion reported (a threat to share sexual images)");
        String plan = section(note, "plan");
        // each was left out, or under the subjective
        assertTrue(plan.contains("Client was advised not to pay them anything else and not to reply to them at all."), plan);
        assertTrue(plan.contains("Client was asked to take screenshots of the messages and the account name, then block the account."), plan);
        assertTrue(plan.contains("Therapist and client will report it to the CyberTipline"), plan);
        assertTrue(plan.contains("Therapist advised that his mom can also call the police."), plan);
        assertTrue(plan.contains("Therapist asked for his mom to lock up the sleeping pills"), plan);
        assertFalse(section(note, "subjective").contains("lock up"), section(note, "subjective"));
        // "Okay. Thank you for telling me. What happened after that?": the courtesy is not what "that" points at (it was quoted
        // as the question's first sentence)
        assertTrue(section(note, "subjective").contains("When asked \u201CWhat happened after that?\u201D, the client answered \u201CThen the "
                + "account changed.\u201D"), section(note, "subjective"));
    }

    // ---- homicidal thoughts about a supervisor, the rifle moved, the duty to warn (workplace-hi-duty-to-warn-transcript.txt) -

    @Test
    void homicidal_thoughts_are_charted_with_the_rifle_moved_and_the_limits_of_confidentiality_explained() {
        NoteDocument note = note("workplace-hi-duty-to-warn-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("endorsed", hi.polarity(), hi.summary());
        // "Would you be willing to take the rifle out of your truck ...?" "My brother-in-law has a gun safe. I can drop it off tonight."
        assertQualified(hi, "plan denied", "access to firearms reported", "means restriction agreed");
        // "When you picture that, what do you see yourself doing?" "Beating him.": a thought, not violence done (it read endorsed)
        assertEquals("not_assessed", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client agreed to take the rifle out of his truck and leave it with someone until this settles down: "
                + "\u201CMy brother-in-law has a gun safe. I can drop it off tonight.\u201D"), plan);
        // "..., and don't drive to the plant on your days off": it read "and don't drive"
        assertTrue(plan.contains("do the breathing, and not to drive to the plant on his days off"), plan);
        // "If I believe someone is in serious danger, I have a legal duty to act ...": it was left out
        assertTrue(section(note, "assessment").contains("Therapist explained the limits of confidentiality: if the therapist believes someone "
                + "is in serious danger, the therapist has a legal duty to act, which can mean warning that person or calling the police."),
                section(note, "assessment"));
    }

    // ---- a stimulant follow-up with a prescriber (adhd-stimulant-followup-transcript.txt) ---------------------------------

    @Test
    void the_dose_kept_and_a_lockbox_recommended_are_the_prescribers_plan() {
        NoteDocument note = note("adhd-stimulant-followup-transcript.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "We'll stay at 30 milligrams every morning, since it's working and your vitals are fine.": it was left out
        assertTrue(plan.contains("Therapist will keep the dose at 30 milligrams every morning, since it's working and her vitals are fine."), plan);
        // "A small lockbox is a good idea in a dorm.": it was left out
        assertTrue(plan.contains("Therapist recommended a small lockbox in a dorm."), plan);
        assertTrue(section(note, "objective").contains("Weight is 126, down from 130."), section(note, "objective"));
    }

    // ---- a parent who hit her child with a belt, the report made together (parent-belt-discipline-report-transcript.txt) ----

    @Test
    void a_parent_who_hit_her_child_is_charted_as_the_harm_she_did_with_the_report_made_and_no_homicidal_ideation() {
        NoteDocument note = note("parent-belt-discipline-report-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        // "I took off my belt and hit him with it."; "CPS hotline called with the client present at 3:40 pm; report taken ..."
        assertQualified(abuse, "harm by the client to another person reported", "mandated report made");
        // the report made supersedes the one announced; the hotline called is the report, not a crisis line given to her
        assertFalse(abuse.summary().contains("mandated report to be made"), abuse.summary());
        assertFalse(abuse.summary().contains("crisis resources given"), abuse.summary());
        // "Any thoughts of seriously hurting Jayden ...?" "No. ... I'm not someone who wants to hurt him." (it read endorsed)
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        // the clinician's notes typed after the transcript are the clinician's, not the client's words
        assertTrue(section(note, "behaviour").contains("Client was tearful throughout the disclosure, made good eye contact, and was "
                + "cooperative with the report."), section(note, "behaviour"));
        assertFalse(whole(note).contains("She explains that client was tearful"), whole(note));
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("CPS hotline called with the client present at 3:40 pm."), intervention);
        assertTrue(intervention.contains("Therapist explained the limits of confidentiality: as a counselor the therapist is a mandated "
                + "reporter."), intervention);
        String plan = section(note, "plan");
        // "I'd like to make that call together with you": "that call" is no thing sent ("the report to child protective
        // services call")
        assertTrue(plan.contains("Therapist will make that call together with her, today, here in the session."), plan);
        // "..., you put him somewhere safe, like his room, and you step out onto the back step": it read "and she steps out"
        assertTrue(plan.contains("to put him somewhere safe, like his room, and step out onto the back step for five minutes when she "
                + "notices the heat."), plan);
    }

    // ---- a man court-ordered after pushing his partner (ipv-perpetrator-individual-notes.txt) ---------------------------------

    @Test
    void a_remark_clarified_as_not_about_dying_is_no_suicidal_ideation_and_the_harm_done_is_the_clients() {
        NoteDocument note = note("ipv-perpetrator-individual-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        // 'Pt stated "Sometimes I think she'd be better off if I was gone," then clarified he meant moving out of state, not
        // dying.' (it read endorsed, passive)
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertFalse(si.summary().contains("passive"), si.summary());
        assertQualified(risk(note, "abuse"), "harm by the client to another person reported");
        // the session's record heads the note (it was the plan); what was seen is the objective (it was the subjective)
        assertTrue(section(note, "subjective").startsWith("Individual session, court-ordered following domestic battery charge (3/14)."),
                section(note, "subjective"));
        assertTrue(section(note, "objective").contains("No evidence of intoxication."), section(note, "objective"));
    }

    // ---- a long-acting injectable visit, written in S/O/A/P (lai-schizophrenia-injection-notes.txt) --------------------------

    @Test
    void the_lines_under_a_soap_heading_stay_in_its_section() {
        NoteDocument note = note("lai-schizophrenia-injection-notes.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        // "P: ... Next injection in 4 weeks." and on the lines below it, before any other heading: each was in the subjective,
        // the objective or the assessment
        assertTrue(plan.contains("Start metformin 500 mg daily with dinner for antipsychotic-associated weight gain."), plan);
        assertTrue(plan.contains("Repeat AIMS in 3 months."), plan);
        assertTrue(plan.contains("Case manager will help client sign up."), plan);
        assertFalse(section(note, "subjective").contains("metformin"), section(note, "subjective"));
        // "Labs: A1c 6.1 ..." under "O:", after the "MSE:" line
        assertTrue(section(note, "objective").contains("Labs: A1c 6.1 (prediabetic range), lipids pending."), section(note, "objective"));
        // the visit named on the note's first line heads it (it was the plan)
        assertTrue(section(note, "subjective").contains("Psychiatric follow-up and injection visit."), section(note, "subjective"));
        // in a note of fields, a field's text covers its line only ("**Work:** ..." after "**Plan:**" is not the plan)
        NoteDocument fields = note("bold-labelled-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertFalse(section(fields, "plan").contains("Manager changed in September"), section(fields, "plan"));
    }

    // ---- a couple after an affair (couple-affair-recovery-transcript.txt) --------------------------------------------------

    @Test
    void in_a_couple_session_each_task_goes_to_the_partner_named_and_a_past_death_wish_is_history() {
        NoteDocument note = note("couple-affair-recovery-transcript.txt", SessionType.CoupleSoap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "Dana, I'd like you to tell Marcus ..., and Marcus, I'd like you to reflect it back before you answer."
        assertTrue(plan.contains("Dana was asked to tell Marcus one thing she needs from him this week."), plan);
        assertTrue(plan.contains("Marcus was asked to reflect it back before he answers."), plan);
        // "For this week: Marcus, text Dana when plans change, without being asked." (it was given to both)
        assertTrue(plan.contains("Marcus was asked, for this week, to text Dana when plans change, without being asked."), plan);
        // "And both of you, one twenty-minute walk together where the affair is off limits." (it read "Therapist stated that
        // both of them, one twenty-minute walk ...")
        assertTrue(plan.contains("Dana and Marcus were asked to take one twenty-minute walk together where the affair is off limits."), plan);
        // "In the first week, when I found out, ... I thought about driving into the bridge. I didn't have a plan and I haven't
        // thought it since.": the present denied, the past a history (it read endorsed, with a history of self-harm)
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "history of suicidal ideation (in the past)");
        RiskFinding selfHarm = risk(note, "self_harm");
        assertFalse(selfHarm.summary().contains("history of self-harm"), selfHarm.summary());
    }

    // ---- burning, a chain analysis, the dive reflex tried in the room (bpd-burning-diary-card-transcript.txt) --------------

    @Test
    void a_chain_analysis_and_a_skill_tried_in_the_room_are_the_sessions_work() {
        NoteDocument note = note("bpd-burning-diary-card-transcript.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String data = section(note, "data");
        // "Let's do a chain analysis on Saturday." (it read "practiced a chain analysis on Saturday")
        assertTrue(data.contains("Therapist and client completed a chain analysis of Saturday."), data);
        // "Put your face in this bowl of cold water for thirty seconds while holding your breath.": in the room, not homework
        assertTrue(whole(note).contains("Therapist guided the client to put her face in the bowl of cold water for thirty seconds"), whole(note));
        assertFalse(section(note, "plan").contains("bowl"), section(note, "plan"));
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("endorsed", selfHarm.polarity(), selfHarm.summary());
        // "I burned myself. With a lighter, on my forearm. Three times.": how, with the act (alone in the data it read
        // "Client stated: “With a lighter, on my forearm.”")
        assertTrue(selfHarm.summary().contains("\u201CI burned myself. With a lighter, on my forearm. Three times.\u201D"), selfHarm.summary());
        assertFalse(data.contains("With a lighter"), data);
        // "It's always kind of there in the background ... if I just didn't wake up it would be easier for everybody.": chronic
        // and passive, said so (it read unclear); "I don't want to die, I want the feeling to stop."; "No, I gave them to my
        // roommate after last time. She keeps them."; "And I promised my niece I'd be at her recital."
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "means restriction agreed", "protective factors named");
        // "So it worked in the short term, which is why the urge is so strong." (it was the plan); "You're not a burden when you
        // call for coaching." (left out)
        assertFalse(section(note, "plan").contains("short term"), section(note, "plan"));
        assertTrue(whole(note).contains("Therapist reflected that it worked in the short term, which is why the urge is so strong."), whole(note));
        assertTrue(whole(note).contains("Therapist reassured the client that she is not a burden when she calls for coaching."), whole(note));
    }

    // ---- a client on the roof of a parking garage, on video; 911 called (telehealth-imminent-risk-garage-transcript.txt) -----

    @Test
    void imminent_risk_is_charted_with_the_plan_the_place_the_call_to_911_and_the_gun_locked_at_home() {
        NoteDocument note = note("telehealth-imminent-risk-garage-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "I came up here to jump. I keep walking to the edge and back." "... Part of me wants to."; the gun "at home in the safe",
        // the safe's code to be changed; 911 called and the client taken to the ED; his daughter's wedding (each was missing)
        assertQualified(si, "plan endorsed", "at the place of the planned method now", "intent ambivalent", "means restriction agreed",
                "firearms reported locked away", "emergency services called", "transported to the emergency department",
                "protective factors named");
        // "No pills, no gun. The gun is at home in the safe.": not "no access to firearms"
        assertFalse(si.summary().contains("no access to firearms"), si.summary());
        // "Do you have anything with you in the car that you could hurt yourself with?" asks for the means at hand, not about
        // self-harm (it read "Self-harm: denied")
        assertEquals("not_assessed", risk(note, "self_harm").polarity(), risk(note, "self_harm").summary());
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("Therapist stayed on the call with the client."), intervention);
        assertTrue(intervention.contains("Therapist's colleague called 911 to send help to the garage."), intervention);
        assertTrue(intervention.contains("Writer called client's wife with his permission at 5:05 pm and informed her."), intervention);
        // "St. Mary's ED" is one sentence (it was cut after "St.")
        assertTrue(whole(note).contains("transported to St. Mary's ED for evaluation."), whole(note));
    }

    // ---- alcohol withdrawal with a seizure history, a detox bed found (alcohol-withdrawal-detox-referral-notes.txt) ----------

    @Test
    void withdrawal_danger_explained_and_instructions_given_are_the_plan_and_the_smell_of_alcohol_is_observed() {
        NoteDocument note = note("alcohol-withdrawal-detox-referral-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        String plan = section(note, "plan");
        // each was in the subjective
        assertTrue(plan.contains("Explained to client that stopping alcohol abruptly is medically dangerous"), plan);
        assertTrue(plan.contains("Client instructed not to stop drinking abruptly before admission and to go to the ED if he has "
                + "confusion, hallucinations, or a seizure."), plan);
        assertTrue(section(note, "objective").contains("Smelled of alcohol."), section(note, "objective"));
        assertTrue(section(note, "subjective").contains("Presenting for AUD, severe."), section(note, "subjective"));
        // the ED for a seizure is no crisis resource given for suicidal ideation
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertFalse(si.summary().contains("crisis resources given"), si.summary());
        // the session's record on the note's first line is no complaint: the problem presented next is
        assertEquals("Presenting for AUD, severe.", section(note("alcohol-withdrawal-detox-referral-notes.txt", SessionType.Intake,
                Pronouns.MasculineHim, null), "chief_complaint"));
        assertTrue(section(note("lai-schizophrenia-injection-notes.txt", SessionType.Intake, Pronouns.MasculineHim, null), "chief_complaint")
                .startsWith("Client reports he is \"doing okay.\""));
    }

    // ---- postpartum psychosis, the husband in the room (postpartum-psychosis-husband-transcript.txt) ------------------------

    @Test
    void a_mothers_thought_of_dying_together_with_her_baby_is_suicidal_and_homicidal_ideation() {
        NoteDocument note = note("postpartum-psychosis-husband-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // "If she can't be fixed then maybe we should both go to God together." (suicidal ideation was not assessed, and
        // homicidal ideation read denied on "I would never hurt her.")
        for (String domain : List.of("suicidal_ideation", "homicidal_ideation")) {
            RiskFinding finding = risk(note, domain);
            assertEquals("endorsed", finding.polarity(), finding.summary());
            assertQualified(finding, "thoughts of dying together with another (extended suicide)");
        }
        // "What Priya is describing is a medical emergency called postpartum psychosis.": it was left out
        assertTrue(whole(note).contains("Therapist thinks what Priya is describing is a medical emergency called postpartum psychosis."),
                whole(note));
        assertTrue(section(note, "plan").contains("Therapist proposed to go to the emergency department together."), section(note, "plan"));
        // "Daniel, please don't leave Priya alone with the baby ...": Daniel is the husband who answered "Daniel, you called this
        // morning. What have you noticed?" (it read "Client was advised not to leave Priya alone")
        assertTrue(section(note, "plan").contains("Client's husband was advised not to leave Priya alone with the baby at any time"),
                section(note, "plan"));
    }

    // ---- a veteran's Columbia screener, firearms in a safe, an aborted attempt (va-veteran-cssrs-firearm-notes.txt) -----------

    @Test
    void the_columbia_screener_an_aborted_attempt_and_the_firearms_plan_are_charted() {
        NoteDocument note = note("va-veteran-cssrs-firearm-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "Q2 non-specific active thoughts - yes" (it read passive); "Lifetime: aborted attempt 2015 ..." (missing)
        assertQualified(si, "active thoughts", "history of an aborted or interrupted suicide attempt", "intent denied",
                "means restriction agreed", "firearms reported locked away", "C-SSRS completed", "safety plan made or reviewed");
        // 'Vet able to generate alternative: "Nobody saw it. It was buried."': one sentence, its quote whole (its halves were in
        // two sections); "Vet" is the client
        assertTrue(whole(note).contains("Client able to generate alternative: \"Nobody saw it. It was buried.\""), whole(note));
        assertTrue(section(note, "subjective").contains("Client states suicidal ideation \"comes and goes"), section(note, "subjective"));
    }

    // ---- schizophrenia, command hallucinations, the sister in the room (psych-command-hallucinations-transcript.txt) ------------

    @Test
    void command_hallucinations_are_charted_and_the_sister_is_told_what_to_do() {
        NoteDocument note = note("psych-command-hallucinations-transcript.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "command hallucinations to harm self reported", "intent denied");
        // said to the sister who has just spoken, of the client (both read "Client was ...")
        String plan = section(note, "plan");
        assertTrue(plan.contains("Client's sister was instructed to call 988 or take him to the emergency room"), plan);
        assertTrue(plan.contains("Client's sister was asked to keep the risperidone at her place and give it to him each night"), plan);
        assertTrue(plan.contains("Client was asked to try to cut back the cannabis."), plan);
        // "That I'm garbage and I deserve it.": what the voice said, quoted (it read "He adds that he is garbage and he deserves it")
        assertTrue(whole(note).contains("Client also said: “That I'm garbage and I deserve it.”"), whole(note));
        assertFalse(whole(note).contains("he is garbage"), whole(note));
        assertTrue(whole(note).contains("Therapist discussed a long-acting injection"), whole(note));
    }

    @Test
    void in_a_mental_status_examination_the_voices_the_client_hears_are_perception() {
        NoteDocument note = note("psych-command-hallucinations-transcript.txt", SessionType.Mse, Pronouns.MasculineHim, null);
        String perception = section(note, "perception");
        // (it was thought content)
        assertTrue(perception.contains("there's the man's voice again, the one that talks about him"), perception);
        assertTrue(perception.contains("The voice says I should make him stop."), perception);
        assertTrue(perception.contains("responding to internal stimuli"), perception);
        assertFalse(section(note, "thought_content").contains("man's voice"), section(note, "thought_content"));
    }

    // ---- anorexia nervosa with medical instability (anorexia-medical-instability-dap-notes.txt) ---------------------------------

    @Test
    void an_adolescent_with_anorexia_and_bradycardia_is_charted_with_her_history_and_the_admission() {
        NoteDocument note = note("anorexia-medical-instability-dap-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String data = section(note, "data");
        // "Menses absent since August." (it was the plan)
        assertTrue(data.contains("Menses absent since August."), data);
        assertFalse(section(note, "plan").contains("Menses"), section(note, "plan"));
        assertTrue(data.contains("HR 41 lying"), data);
        assertTrue(section(note, "assessment").contains("consistent with anorexia nervosa"), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("Mother to take client directly to Children's admitting this afternoon"), section(note, "plan"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        RiskFinding selfHarm = risk(note, "self_harm");
        assertQualified(selfHarm, "history of self-harm");
    }

    // ---- a veteran's intake after military sexual trauma (mst-veteran-intake-transcript.txt) ------------------------------------

    @Test
    void a_veterans_intake_charts_the_assault_the_past_overdose_and_the_handgun_to_be_stored() {
        NoteDocument note = note("mst-veteran-intake-transcript.txt", SessionType.Intake, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive (a wish to be dead or not to wake up)", "history of a suicide attempt", "access to firearms reported",
                "means restriction agreed", "safety plan made or reviewed", "crisis resources given", "protective factors named");
        RiskFinding abuse = risk(note, "abuse");
        assertQualified(abuse, "sexual violence reported");
        String chief = section(note, "chief_complaint");
        assertTrue(chief.contains("Client reports that her husband made her call."), chief);
        assertTrue(whole(note).contains("Therapist reviewed confidentiality: anything she tells the therapist stays between them, except if"),
                whole(note));
        assertTrue(section(note, "plan").contains("Therapist will connect her with the VA's MST coordinator."), section(note, "plan"));
        // "What about the Ambien now?" "I don't take it anymore.": with its question (it read "She explains that she does not take it")
        assertTrue(whole(note).contains("When asked “What about the Ambien now?”, the client answered “I don't take it anymore."), whole(note));
    }

    // ---- a 15-year-old's disclosure of sexual exploitation at school (teen-exploitation-disclosure-transcript.txt) --------------

    @Test
    void a_disclosure_of_sexual_exploitation_is_charted_with_the_report_and_what_was_explained() {
        NoteDocument note = note("teen-exploitation-disclosure-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "sexual exploitation or trafficking reported", "mandated report made", "crisis resources given");
        RiskFinding si = risk(note, "suicidal_ideation");
        assertFalse(si.summary().contains("means restriction"), si.summary());
        String intervention = section(note, "intervention");
        assertTrue(intervention.contains("Therapist explained that what she is describing is something adults are doing to her, and it's "
                + "called sexual exploitation."), intervention);
        // (it was the response)
        assertTrue(intervention.contains("Client given the National Human Trafficking Hotline number and the Crisis Text Line."), intervention);
        // one sentence (its second half read "Will pick her up from school at 2:30.")
        assertTrue(whole(note).contains("Grandmother contacted by phone with client present and will pick her up from school at 2:30."),
                whole(note));
    }

    // ---- dissociation, lost time and scratches not remembered (dissociation-lost-time-transcript.txt) ------------------------

    @Test
    void lost_time_and_scratches_not_remembered_are_charted_as_self_harm_with_suicidal_ideation_denied() {
        NoteDocument note = note("dissociation-lost-time-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("endorsed", selfHarm.polarity(), selfHarm.summary());
        assertQualified(selfHarm, "history of self-harm", "safety plan made or reviewed", "crisis resources given");
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        String subjective = section(note, "subjective");
        assertTrue(subjective.contains("Therapist and client talked about the times she loses in the last session."), subjective);
        assertTrue(subjective.contains(": “The house where everything happened with my stepdad.”"), subjective);
        assertTrue(section(note, "plan").contains("Client was asked to keep a log of any gaps in time"), section(note, "plan"));
    }

    // ---- a widower's fall, whisky and grief, in general practice (gp-older-man-alcohol-falls-consult.txt) ---------------------

    @Test
    void a_general_practice_consult_keeps_the_examination_said_aloud_and_every_order() {
        NoteDocument note = note("gp-older-man-alcohol-falls-consult.txt", SessionType.GpSoap, Pronouns.MasculineHim, null);
        String exam = section(note, "objective");
        // the patient in the third person (it read "and you felt dizzy when you stood")
        assertTrue(exam.contains("128 over 76 standing, and he felt dizzy when he stood."), exam);
        // each was left out
        for (String finding : List.of("There's a small bruise on the left temple", "Gait is slow and a bit unsteady, Timed Up and Go 16 seconds.",
                "Mild tremor of both hands.", "Mini-Cog 4 out of 5.")) {
            assertTrue(exam.contains(finding), finding + " in " + exam);
        }
        String plan = section(note, "plan");
        for (String order : List.of("Therapist will do some blood tests today, a full blood count, liver tests, B12 and folate, and thyroid.",
                "Therapist will stop the doxazosin and they will recheck his blood pressure in two weeks.",
                "Therapist will refer him to the falls clinic, and to the bereavement counsellor.",
                "Therapist will ring his daughter today, with his permission.", "Therapist will get the community alarm set up")) {
            assertTrue(plan.contains(order), order + " in " + plan);
        }
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // the Samaritans and 999 (crisis resources were missing), the wife's tablets to the pharmacy, "I'm Catholic, and it'd kill
        // my daughter"
        assertQualified(si, "passive (a wish to be dead or not to wake up)", "means restriction agreed", "crisis resources given",
                "protective factors named");
    }

    // ---- a return to fentanyl and an overdose reversed with naloxone (oud-bup-fentanyl-overdose-dap-notes.txt) ----------------

    @Test
    void an_unintentional_overdose_on_buprenorphine_is_charted_as_such_with_suicidal_ideation_denied() {
        NoteDocument note = note("oud-bup-fentanyl-overdose-dap-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "accidental overdose reported");
        assertTrue(section(note, "data").contains("Girlfriend found him unresponsive in the driveway and gave him Narcan twice"), section(note, "data"));
        assertTrue(section(note, "assessment").contains("Overdose appears unintentional."), section(note, "assessment"));
        assertTrue(section(note, "plan").contains("gave client two naloxone kits and fentanyl test strips"), section(note, "plan"));
    }

    // ---- a mother six weeks after her son's suicide (bereaved-mother-son-suicide-transcript.txt) --------------------------------

    @Test
    void a_bereaved_mothers_wish_to_be_with_her_son_is_charted_with_what_keeps_her_safe() {
        NoteDocument note = note("bereaved-mother-son-suicide-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "ask Tom to keep the Ativan and give you one when you need it" "Yes."; "I couldn't do that to Tom and Sophie."
        assertQualified(si, "passive (a wish to be dead or not to wake up)", "plan denied", "means restriction agreed",
                "safety plan made or reviewed", "crisis resources given", "protective factors named");
        // (it read "her and Tom are grieving")
        assertTrue(whole(note).contains("she and Tom are grieving the same son in very different ways"), whole(note));
        // (it read "Therapist stated that there's also a ... group")
        assertTrue(whole(note).contains("Therapist recommended a survivors of suicide loss group that meets on Thursday evenings at St. Luke's."),
                whole(note));
    }

    // ---- a new HIV diagnosis, PHQ-9 item 9 followed up (hiv-diagnosis-phq9-item9-notes.txt) ------------------------------------

    @Test
    void a_positive_ninth_item_followed_up_is_passive_ideation_without_an_invented_attempt() {
        NoteDocument note = note("hiv-diagnosis-phq9-item9-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive (a wish to be dead or not to wake up)", "plan denied", "intent denied", "safety plan made or reviewed",
                "crisis resources given", "protective factors named", "risk level documented as low");
        // "Denies plan, intent, or prior attempts." (it read "history of a suicide attempt")
        assertFalse(si.summary().contains("history of a suicide attempt"), si.summary());
        // one sentence (it read "On follow-up of item 9." and the statement apart)
        assertTrue(section(note, "subjective").contains("On follow-up of item 9, client states \"sometimes I think it would be easier not to be here"),
                section(note, "subjective"));
    }

    // ---- functional seizures after a video EEG (pnes-functional-seizures-transcript.txt) --------------------------------------

    @Test
    void functional_seizures_a_burden_denied_as_ideation_and_a_past_partners_violence_are_charted() {
        NoteDocument note = note("pnes-functional-seizures-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "hopelessness or feeling a burden reported");
        RiskFinding abuse = risk(note, "abuse");
        assertQualified(abuse, "history of abuse or violence (a past event)");
        assertFalse(whole(note).contains("asked to do."), whole(note));
        assertTrue(section(note, "plan").contains("Client was asked to keep a seizure diary"), section(note, "plan"));
    }

    // ---- a paramedic after a colleague's suicide, with figures of speech of killing (paramedic-colleague-suicide-idioms-transcript.txt)

    @Test
    void a_paramedics_session_invents_no_risk_from_his_calls_or_his_figures_of_speech() {
        NoteDocument note = note("paramedic-colleague-suicide-idioms-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "exposure to suicide (a relative or friend)", "access to firearms reported", "firearms reported locked away");
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        assertEquals("not_assessed", risk(note, "self_harm").polarity());
        assertEquals("not_assessed", risk(note, "abuse").polarity());
        assertTrue(whole(note).contains("Client stated: “I could kill for a full night's sleep, honestly.”"), whole(note));
        assertFalse(whole(note).contains("he could kill"), whole(note));
    }

    // ---- a 14-year-old who told the counselor about a friend's cutting (teen-friend-selfharm-distractors-dap-notes.txt) ----------

    @Test
    void a_friends_self_harm_a_novels_suicide_and_would_literally_die_without_his_phone_invent_no_risk() {
        NoteDocument note = note("teen-friend-selfharm-distractors-dap-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        // "friend's self-harm reported appropriately to school counselor" read "Self-harm: endorsed"
        for (String domain : List.of("suicidal_ideation", "homicidal_ideation", "self_harm", "abuse")) {
            RiskFinding finding = risk(note, domain);
            assertEquals("denied", finding.polarity(), finding.summary());
        }
        String data = section(note, "data");
        // (both were the assessment)
        assertTrue(data.contains("Client seen alone for remainder."), data);
        assertTrue(data.contains("Thought process goal directed."), data);
    }

    // ---- a farmer losing the farm, a rifle in the truck (rural-farmer-firearms-debt-transcript.txt) -------------------------------

    @Test
    void a_farmers_owned_thoughts_a_rifle_on_his_lap_and_no_attempt_ever_are_charted_as_such() {
        NoteDocument note = note("rural-farmer-firearms-debt-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        // "I don't know if I'd do it. But yeah. I've thought about it." then "Have you ever tried ...?" "No. Never." read "denied"
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "plan endorsed", "intent denied", "no history of attempts reported", "preparatory behaviour reported",
                "access to firearms reported", "means restriction agreed", "safety plan made or reviewed", "crisis resources given",
                "protective factors named", "asked about past suicide attempts, client answered “No. Never.”");
        assertFalse(si.summary().contains("history of suicidal ideation"), si.summary());
        String said = whole(note);
        assertTrue(said.contains("the client answered “I've got rifles. There's one in the truck, always is, for the coyotes.”"), said);
        assertFalse(said.contains("there's one in the truck, always is"), said);
        assertTrue(section(note, "plan").contains("Client agreed to take them over to Dale tonight, on his way home."), section(note, "plan"));
    }

    // ---- a methadone program's monthly counseling after a return to fentanyl (methadone-otp-counseling-dap-notes.txt) ------------

    @Test
    void a_methadone_programs_required_counseling_is_the_record_not_the_plan_or_the_complaint() {
        NoteDocument dap = note("methadone-otp-counseling-dap-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        assertTrue(section(dap, "data").contains("Monthly counseling per program requirement."), section(dap, "data"));
        assertFalse(section(dap, "plan").contains("Monthly counseling"), section(dap, "plan"));
        RiskFinding si = risk(dap, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "accidental overdose reported", "crisis resources given");
        NoteDocument intake = note("methadone-otp-counseling-dap-notes.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        String complaint = section(intake, "chief_complaint");
        assertTrue(complaint.startsWith("Client reports \"a couple times\" of fentanyl use"), complaint);
    }

    // ---- an 84-year-old in long-term care who wishes God would take her (nursing-home-elder-si-notes.txt) -----------------------

    @Test
    void a_nursing_home_residents_passive_wish_and_the_staffs_instructions_are_charted_whole() {
        NoteDocument soap = note("nursing-home-elder-si-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String plan = section(soap, "plan");
        // (its second verb split it, and the half "report any statements about wanting to die." was lost)
        assertTrue(plan.contains("Recommend staff check in with client daily and report any statements about wanting to die."), plan);
        // (the session's record was the plan)
        assertFalse(plan.contains("Consultation visit"), plan);
        RiskFinding si = risk(soap, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "no history of attempts reported", "risk level documented as low");
        NoteDocument intake = note("nursing-home-elder-si-notes.txt", SessionType.Intake, Pronouns.FeminineHer, null);
        String complaint = section(intake, "chief_complaint");
        // (it was the session's record, then "Daughter lives out of state and calls weekly.")
        assertTrue(complaint.startsWith("Client reports feeling \"useless\" since the fall"), complaint);
    }

    // ---- a first episode of psychosis with daily cannabis, the mother in the room (first-episode-psychosis-cannabis-intake-transcript.txt)

    @Test
    void a_first_episode_of_psychosis_charts_the_armed_fear_of_the_neighbours_and_the_mothers_report() {
        NoteDocument note = note("first-episode-psychosis-cannabis-intake-transcript.txt", SessionType.PsychiatricIntake,
                Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        // "Have you had thoughts of hurting the neighbors, or anyone else?" was no question about it ("not addressed")
        assertEquals("unclear", hi.polarity(), hi.summary());
        assertQualified(hi, "weapon kept at hand reported", "means restriction agreed",
                "client answered “If they come in my room, I'll defend myself. I keep a bat by the bed.”");
        assertFalse(hi.summary().contains("emergency services called"), hi.summary());
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        // "My husband's hunting rifle is at his brother's. There's nothing in the house." read "access to firearms reported"
        assertQualified(si, "no access to firearms or weapons reported");
        assertTrue(section(note, "present_illness").contains("Client's mother reports that he's up all night."), section(note, "present_illness"));
        // (its "smoke detector" made it substance use too)
        assertFalse(section(note, "substance_use").contains("tinfoil"), section(note, "substance_use"));
        assertTrue(section(note, "mental_status").contains("“Do they ever tell you to do anything?”"), section(note, "mental_status"));
    }

    // ---- a 78-year-old caring for his wife after her stroke, on video (telehealth-caregiver-stroke-husband-transcript.txt) -----------

    @Test
    void a_caregivers_service_pistol_handed_to_his_son_is_a_means_restriction_he_agreed_to() {
        NoteDocument note = note("telehealth-caregiver-stroke-husband-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "My service pistol. It's in the closet, in a lockbox." read only "access to firearms addressed"
        assertQualified(si, "passive", "access to firearms reported", "firearms reported locked away", "means restriction agreed",
                "crisis resources given");
        String plan = section(note, "plan");
        // ("Client stated: “I suppose he could take the pistol.”" was the assessment)
        assertTrue(plan.contains("Client agreed to let his son take the key, or the pistol, home with him on Sunday, just for now: "
                + "“I suppose he could take the pistol."), plan);
        assertTrue(plan.contains("Therapist will look at getting him some help in the house."), plan);
        // (it read "Therapist identified Walt, what he is describing sounds like caregiver burnout, ... as common, ...")
        assertFalse(whole(note).contains("identified Walt"), whole(note));
        assertTrue(section(note, "assessment").contains("what he is describing sounds like caregiver burnout"), section(note, "assessment"));
    }

    // ---- a trans teenager and their parents, after a journal entry (trans-teen-parents-they-transcript.txt) -------------------------

    @Test
    void a_trans_teens_session_keeps_the_mothers_correction_the_fathers_one_agreement_and_the_trevor_project() {
        NoteDocument note = note("trans-teen-parents-they-transcript.txt", SessionType.Dap, Pronouns.NeutralThem, null);
        String said = whole(note);
        // "That she... sorry, that they, had written ...": the words taken back are not what she said
        assertFalse(said.contains("sorry, that they"), said);
        assertFalse(said.contains("That she"), said);
        String plan = section(note, "plan");
        assertEquals(1, plan.split("Client's father agreed", -1).length - 1, plan);
        assertTrue(plan.contains("Client's father agreed to try to practice using Sam and they at home this week"), plan);
        assertTrue(plan.contains("Therapist will connect the family with the PFLAG chapter"), plan);
        // (it read "They also report that Kind of like they might cry.")
        assertTrue(said.contains("the client answered “Kind of like I might cry. In a good way.”"), said);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied", "means restriction agreed", "crisis resources given");
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertQualified(selfHarm, "history of self-harm");
    }

    // ---- an anesthesiologist with passive ideation and the drugs he handles at work (physician-burnout-drug-access-soap-notes.txt)

    @Test
    void an_anesthesiologists_access_to_the_drugs_at_work_and_his_leave_are_charted_with_his_ideation() {
        NoteDocument note = note("physician-burnout-drug-access-soap-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "method considered, no plan", "access to lethal means at work reported", "intent denied",
                "means restriction agreed", "risk level documented as elevated");
        assertTrue(section(note, "plan").contains("Client agreed to take medical leave starting tomorrow"), section(note, "plan"));
    }

    // ---- a man with intellectual disability and autism in a group home (group-home-aggression-girp-notes.txt) ---------------------

    @Test
    void a_group_home_residents_hitting_staff_is_violence_and_his_no_to_wanting_to_hurt_anyone_a_denial() {
        NoteDocument note = note("group-home-aggression-girp-notes.txt", SessionType.Girp, Pronouns.MasculineHim, null);
        // 'When asked if he wants to hurt anyone, client said "No. I want my show."' read "Homicidal ideation: endorsed"
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        // "hit staff member on the arm" was "Abuse or violence: not addressed"
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "harm by the client to another person reported", "property damaged in anger during a conflict");
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a psychiatric intake with three antidepressant trials, an allergy and a past overdose (psych-intake-med-trials-allergies-transcript.txt)

    @Test
    void a_psychiatric_intake_keeps_the_medication_history_together_and_charts_the_past_overdose() {
        NoteDocument note = note("psych-intake-med-trials-allergies-transcript.txt", SessionType.PsychiatricIntake, Pronouns.FeminineHer, null);
        String trials = section(note, "medication_trials");
        // (the Lexapro and the Wellbutrin sentences were the present illness, "it helped a little" without its drug)
        assertTrue(trials.contains("it helped a little but she gained thirty pounds"), trials);
        assertTrue(trials.contains("Wellbutrin last year"), trials);
        assertTrue(section(note, "allergies").contains("Penicillin. I get hives."), section(note, "allergies"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "I'd taken a handful of my sleeping pills. I wasn't trying to die, exactly." was not charted
        assertQualified(si, "passive", "history of an overdose (intent to die unclear)", "intent denied", "protective factors named");
        // "My ex-husband was controlling. He'd take my car keys and check my phone. He never hit me, but I was scared of him." read
        // "Abuse or violence: denied"
        assertEquals("endorsed", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
        // (it read "but she haven't had any manic episodes")
        assertTrue(whole(note).contains("but she has not had any manic episodes"), whole(note));
    }

    // ---- an EMDR session on a sexual assault, written as notes (emdr-sexual-assault-notes.txt) -----------------------------------

    @Test
    void an_emdr_notes_phase_named_first_is_the_phase_and_a_cutting_of_2022_is_history() {
        NoteDocument note = note("emdr-sexual-assault-notes.txt", SessionType.Emdr, Pronouns.FeminineHer, null);
        // (the phase read "Not documented", its sentence the target)
        assertTrue(section(note, "phase").startsWith("Phase 4 (desensitization) continued"), section(note, "phase"));
        assertTrue(section(note, "target").startsWith("Target image: lying on the bed in the dark room"), section(note, "target"));
        RiskFinding selfHarm = risk(note, "self_harm");
        // "Denies urges to self-harm; last self-harm (cutting) 2022." read "endorsed"
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertQualified(selfHarm, "history of self-harm");
        assertQualified(risk(note, "abuse"), "sexual violence reported");
    }

    // ---- a new father's postpartum depression (paternal-postpartum-depression-transcript.txt) -------------------------------------

    @Test
    void a_new_fathers_passive_wish_is_charted_with_no_plan_and_his_crisis_step_keeps_him_the_object() {
        NoteDocument note = note("paternal-postpartum-depression-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "I haven't thought about doing anything."
        assertQualified(si, "passive", "plan denied", "no access to firearms or weapons reported", "crisis resources given");
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
        String plan = section(note, "plan");
        // (it read "better off without he gets stronger")
        assertTrue(plan.contains("if the thoughts that they'd be better off without him get stronger"), plan);
        // (the question quoted was "That sounds really hard, ... How long has it been like this?")
        assertFalse(whole(note).contains("“That sounds really hard"), whole(note));
    }

    // ---- a 16-year-old taking blue pills after a friend's overdose, with his mother (teen-fentanyl-pills-mother-transcript.txt) ---

    @Test
    void a_teens_friends_overdose_is_no_suicide_and_his_own_unresponsive_night_is_an_accidental_overdose() {
        NoteDocument note = note("teen-fentanyl-pills-mother-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        // "His friend Marcus overdosed in July." read "exposure to suicide (a relative or friend)"
        assertFalse(si.summary().contains("exposure to suicide"), si.summary());
        // "Have you ever taken so much that you passed out, or someone couldn't wake you up?" "Once. At a party in October."
        assertQualified(si, "accidental overdose reported");
        assertEquals("denied", risk(note, "self_harm").polarity());
    }

    // ---- a university student tells her GP about cutting (gp-self-harm-young-woman-consult.txt) -----------------------------------

    @Test
    void a_gp_consult_about_cutting_keeps_the_sentence_round_its_pause_the_scars_seen_and_no_invented_plan() {
        NoteDocument note = note("gp-self-harm-young-woman-consult.txt", SessionType.GpSoap, Pronouns.FeminineHer, null);
        String said = whole(note);
        // "I need a sick note for uni, and... my flatmate said ..." read "... a sick note for uni, and."
        assertFalse(said.contains("for uni, and."), said);
        assertTrue(said.contains("she needs a sick note for uni, and her flatmate said she should tell"), said);
        assertTrue(section(note, "objective").contains("Several older linear scars on both thighs."), section(note, "objective"));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "Sometimes I think it'd be easier if I just didn't wake up. But I haven't planned anything." read "plan endorsed"
        assertQualified(si, "passive", "plan denied", "intent denied", "crisis resources given");
        assertFalse(si.summary().contains("plan endorsed"), si.summary());
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("endorsed", selfHarm.polarity(), selfHarm.summary());
        assertQualified(selfHarm, "means restriction agreed", "“I've been cutting my thighs since about September. With a pencil sharpener blade.”");
    }

    // ---- a 16-year-old with type 1 diabetes omitting insulin to lose weight (diabetes-insulin-omission-teen-dap-notes.txt) ---------

    @Test
    void insulin_omitted_for_weight_is_charted_without_an_invented_suicide_risk() {
        NoteDocument note = note("diabetes-insulin-omission-teen-dap-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "self_harm").polarity());
        assertTrue(section(note, "data").contains("skipping or reducing insulin \"most days\" to lose weight"), section(note, "data"));
        assertTrue(section(note, "plan").contains("Recommend parent-supervised insulin administration at home starting tonight."),
                section(note, "plan"));
    }

    // ---- a man on a final warning who has thought of hurting his supervisor (workplace-threat-fired-transcript.txt) ---------------

    @Test
    void a_threat_to_a_supervisor_is_charted_with_the_guns_locked_and_handed_over_and_the_old_bar_fight() {
        NoteDocument note = note("workplace-threat-fired-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("endorsed", hi.polarity(), hi.summary());
        // "Do you have any guns?" "... two rifles and a shotgun in the basement. Locked up." and the brother to keep them
        assertQualified(hi, "plan denied", "intent unclear", "access to firearms reported", "firearms reported locked away",
                "means restriction agreed", "crisis resources given");
        RiskFinding abuse = risk(note, "abuse");
        // "A bar fight, twenty years ago. Nothing since." read "unclear, needs clinical follow-up"
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "history of abuse or violence");
        assertTrue(section(note, "plan").contains("Client agreed to have his brother keep the guns for a few weeks, until this settles"),
                section(note, "plan"));
    }

    // ---- harm OCD: images of stabbing his partner, knives hidden (harm-ocd-partner-knives-transcript.txt) -------------------------

    @Test
    void harm_ocd_images_are_charted_as_unwanted_with_intent_denied_and_his_burden_as_passive_ideation() {
        NoteDocument note = note("harm-ocd-partner-knives-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        // "I get these images of stabbing Emma. ... It just flashes in my head." (it read "denied", on "I've never hurt anyone")
        assertEquals("endorsed", hi.polarity(), hi.summary());
        assertQualified(hi, "intent denied", "described as intrusive and unwanted (ego-dystonic)");
        RiskFinding si = risk(note, "suicidal_ideation");
        // "Sometimes I think Emma would be better off without a monster like me. But I'm not going to do anything."
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "intent denied");
        // (it read "Self-harm: endorsed")
        assertEquals("denied", risk(note, "self_harm").polarity(), risk(note, "self_harm").summary());
        String said = whole(note);
        // (it read "everything him value" and "Therapist stated that no. he is someone with OCD ...")
        assertTrue(said.contains("they go against everything he values"), said);
        assertTrue(said.contains("Therapist stated that he is someone with OCD who cares a lot about not hurting people."), said);
    }

    // ---- chronic suicidal ideation rated on a DBT diary card (chronic-si-bpd-ratings-birp-notes.txt) ------------------------------

    @Test
    void chronic_ideation_at_baseline_is_charted_as_such_with_the_locked_medications() {
        NoteDocument note = note("chronic-si-bpd-ratings-birp-notes.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "chronic (at the client's baseline)", "plan denied", "intent denied", "means restriction agreed",
                "safety plan made or reviewed", "crisis resources given");
        RiskFinding selfHarm = risk(note, "self_harm");
        assertQualified(selfHarm, "urges not acted on");
    }

    // ---- a couple's individual time, where she tells of his violence (couple-ipv-individual-time-transcript.txt) -------------------

    @Test
    void violence_told_in_a_couples_individual_time_is_charted_with_the_confidentiality_said_before_it() {
        NoteDocument note = note("couple-ipv-individual-time-transcript.txt", SessionType.CoupleSoap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "safety plan made or reviewed", "crisis resources given", "Two weeks ago he pushed me into the door frame");
        assertTrue(whole(note).contains("Therapist reviewed confidentiality: what"), whole(note));
    }

    // ---- lithium toxicity after ibuprofen, sent to the ED (lithium-toxicity-psych-soap-notes.txt) ---------------------------------

    @Test
    void a_911_call_for_a_medical_danger_is_no_crisis_resource_beside_a_denial() {
        NoteDocument note = note("lithium-toxicity-psych-soap-notes.txt", SessionType.PsychiatricSoap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        // "call 911 if confusion worsens, she becomes very drowsy, or has a seizure on the way" read "crisis resources given"
        assertFalse(si.summary().contains("crisis resources given"), si.summary());
        assertTrue(section(note, "plan").startsWith("Hold lithium starting now"), section(note, "plan"));
    }

    // ---- a 15-year-old's post of his father's rifle, "don't come to school" (teen-school-threat-post-dap-notes.txt) ----------------

    @Test
    void a_school_threat_post_denied_afterwards_is_still_charted_as_a_threat_made() {
        NoteDocument note = note("teen-school-threat-post-dap-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        // 'When asked if he has thoughts of hurting anyone at school, student said "No. ..."' read "endorsed"
        assertEquals("denied", hi.polarity(), hi.summary());
        assertQualified(hi, "threat to harm others made (a post or message)", "access to firearms reported", "firearms reported locked away");
        // 'When asked if he has thoughts of hurting himself, student said "Sometimes I wish I could disappear."' read "Self-harm: endorsed"
        assertEquals("unclear", risk(note, "self_harm").polarity(), risk(note, "self_harm").summary());
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "passive", "plan denied", "intent denied");
        assertQualified(risk(note, "abuse"), "bullying or harassment reported");
    }

    // ---- a veteran's moral injury near the anniversary, a pistol in the safe (moral-injury-veteran-transcript.txt) ---------------

    @Test
    void a_gun_held_to_oneself_years_ago_is_an_aborted_attempt_and_the_pistol_handed_to_a_friend_a_means_restriction() {
        NoteDocument note = note("moral-injury-veteran-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        // "I had the pistol in my mouth one night in 2009. My wife found me." read as ideation endorsed now
        assertEquals("unclear", si.polarity(), si.summary());
        assertQualified(si, "history of an aborted or interrupted suicide attempt", "intent denied", "access to firearms reported",
                "firearms reported locked away", "means restriction agreed", "safety plan made or reviewed", "crisis resources given",
                "My wife found me.");
        String said = whole(note);
        assertTrue(said.contains("the client answered \u201CMy buddy Denny from the unit. He's done it before for another guy. I could drive "
                + "it over tomorrow.\u201D"), said);
        assertTrue(said.contains("that he gave the order."), said);
        assertTrue(section(note, "plan").contains("Therapist named this moral injury: when something he did"), section(note, "plan"));
        assertTrue(section(note, "plan").contains("Client was asked to write a short letter to his younger self at that checkpoint"),
                section(note, "plan"));
        assertTrue(section(note, "plan").contains("Next session: Friday at ten."), section(note, "plan"));
    }

    // ---- scrupulosity OCD, an imaginal exposure script read in session (scrupulosity-ocd-confession-transcript.txt) --------------

    @Test
    void the_ratings_through_an_exposure_are_charted_as_one_line_of_the_response() {
        NoteDocument soap = note("scrupulosity-ocd-confession-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        // "Five." ... "Eight." ... "Maybe six now." ... "Four.": three of them were left out as too short
        assertTrue(section(soap, "assessment").contains("Anxiety ratings during the in-session exposure (0-10): 5, 8, 6, 4 (down from a "
                + "peak of 8 to 4)."), section(soap, "assessment"));
        NoteDocument birp = note("scrupulosity-ocd-confession-transcript.txt", SessionType.Birp, Pronouns.MasculineHim, null);
        assertTrue(section(birp, "response").contains("Anxiety ratings during the in-session exposure"), section(birp, "response"));
        assertTrue(whole(soap).contains("Therapist read aloud: \u201CI had a blasphemous thought"), whole(soap));
        assertEquals("denied", risk(soap, "suicidal_ideation").polarity());
    }

    // ---- agoraphobia on video, the mother at the door for the exposure (agoraphobia-telehealth-mother-transcript.txt) -------------

    @Test
    void in_a_session_with_the_mother_the_tasks_go_to_whoever_is_addressed_and_the_client_is_named_after_her() {
        NoteDocument note = note("agoraphobia-telehealth-mother-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "Priya, you can take the phone ..." and "For this week, do the end of the block ..., with mom at the door" read as the mother's
        assertTrue(plan.contains("Client may take the phone with her"), plan);
        assertTrue(plan.contains("Client was asked, for this week, to do the end of the block once a day"), plan);
        assertTrue(plan.contains("Client's mother was asked to stay at the door and not call out to her"), plan);
        assertTrue(plan.contains("Client was asked to try the corner store with mom waiting outside by Thursday, if ready."), plan);
        String subjective = section(note, "subjective");
        // after the mother's sentence, the client's (it read "She also reports that she did the mailbox ...", the mother's)
        assertTrue(subjective.contains("Client's mother reports that she is just here for the exposure part. Client reports that she did "
                + "the mailbox four days out of seven."), subjective);
        // the call's check is no answer of the session
        assertFalse(whole(note).contains("I can hear you"), whole(note));
        assertTrue(section(note, "assessment").contains("Anxiety ratings during the in-session exposure (0-10): 8, 7, 5, 4"),
                section(note, "assessment"));
    }

    // ---- court-mandated anger management, a threat said about the ex's boyfriend (court-anger-protective-order-dap-notes.txt) ------

    @Test
    void a_conditional_threat_quoted_in_notes_is_homicidal_ideation_with_intent_and_plan_denied() {
        NoteDocument note = note("court-anger-protective-order-dap-notes.txt", SessionType.Dap, Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        // 'Client stated, "If I see that guy near my kids again I'll kill him,"' was left out as hypothetical, and "rather than a
        // threat with intent" read "intent endorsed"
        assertEquals("endorsed", hi.polarity(), hi.summary());
        assertQualified(hi, "plan denied", "intent denied", "If I see that guy near my kids again I'll kill him");
        assertFalse(hi.summary().contains("intent endorsed"), hi.summary());
        // the note's title line is the session's record, not the plan
        assertTrue(section(note, "data").startsWith("DAP Note - Anger Management Group Follow-up (Individual), Session 5 of 12."),
                section(note, "data"));
        assertFalse(section(note, "plan").contains("DAP Note"), section(note, "plan"));
    }

    // ---- a school counselor's ASQ screen of a 10-year-old after "I wish I was dead" (child-asq-divorce-school-counselor-dap-notes.txt)

    @Test
    void an_asq_item_answered_no_is_no_active_ideation_and_the_mothers_steps_stay_hers() {
        NoteDocument note = note("child-asq-divorce-school-counselor-dap-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "in the past week she has not had thoughts about killing herself (no)" read "active thoughts"
        assertQualified(si, "passive", "plan denied", "no history of attempts reported", "means restriction agreed", "crisis resources given");
        assertFalse(si.summary().contains("active thoughts"), si.summary());
        // "mother was receptive, will pick student up ..., and agreed to keep medications and sharps locked" read "Client agreed to ..."
        assertTrue(section(note, "plan").contains("mother was receptive, will pick student up at dismissal as usual, and agreed to keep "
                + "medications and sharps locked at home this week."), section(note, "plan"));
        assertFalse(whole(note).contains("Client agreed to keep medications"), whole(note));
        // who was seen, and for how long, is the record (it was the plan)
        assertTrue(section(note, "data").contains("Seen individually, 30 minutes, after teacher referral."), section(note, "data"));
        assertEquals("denied", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
    }

    // ---- a 16-year-old shoved by his stepfather over gaming (teen-gaming-stepdad-shove-transcript.txt) ------------------------------

    @Test
    void a_duty_to_report_told_the_client_is_charted_and_the_log_is_a_task() {
        NoteDocument note = note("teen-gaming-stepdad-shove-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "mandated report to be made, client informed", "he shoved me into the wall");
        String plan = section(note, "plan");
        assertTrue(plan.contains("Therapist explained the duty to report: when someone his age tells the therapist an adult at home hurt "
                + "them, the therapist has to let child protective services know."), plan);
        // "One thing I'd like us to try is you keeping a log this week ... Not to stop you, just to see the pattern." read "Therapist
        // stated that not to stop him, just to see the pattern"
        assertTrue(plan.contains("Client was asked to try keeping a log this week: when he plays, for how long, and how he feels before "
                + "and after, not to stop him, just to see the pattern."), plan);
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    // ---- a GP consultation for long Covid fatigue and low mood (gp-long-covid-fatigue-low-mood-consult.txt) -------------------------

    @Test
    void a_gp_consult_keeps_the_oxygen_the_diagnosis_raised_the_advice_and_the_review() {
        NoteDocument note = note("gp-long-covid-fatigue-low-mood-consult.txt", SessionType.GpSoap, Pronouns.FeminineHer, null);
        // each was left out, or read "Therapist and patient reviewed in four weeks ..."
        assertTrue(section(note, "objective").contains("her oxygen is 98 percent"), section(note, "objective"));
        assertTrue(section(note, "assessment").contains("can be a condition called POTS, which sometimes follows Covid"),
                section(note, "assessment"));
        String plan = section(note, "plan");
        assertTrue(plan.contains("Patient was advised to increase her fluids to two to three litres a day and a bit more salt, and get up "
                + "slowly (for the dizziness)."), plan);
        assertTrue(plan.contains("Review in four weeks with the blood results"), plan);
        // the doctor addressed is no part of what the patient said
        assertTrue(section(note, "subjective").startsWith("Patient reports that it's the tiredness again. "), section(note, "subjective"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
    }

    // ---- psychiatric follow-up on naltrexone, liver enzymes improving (aud-naltrexone-lfts-psych-soap-notes.txt) -------------------

    @Test
    void a_med_management_note_in_shorthand_keeps_its_sections_and_denials() {
        NoteDocument note = note("aud-naltrexone-lfts-psych-soap-notes.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        assertTrue(section(note, "objective").contains("AST 48, ALT 61"), section(note, "objective"));
        assertTrue(section(note, "plan").startsWith("Continue naltrexone 50 mg PO daily."), section(note, "plan"));
        assertTrue(section(note, "plan").contains("Client agreed to try the Thursday night meeting."), section(note, "plan"));
        assertEquals("denied", risk(note, "suicidal_ideation").polarity());
        assertEquals("denied", risk(note, "homicidal_ideation").polarity());
    }

    // ---- grief for a dog of fourteen years, "crawl into a hole and die" (pet-loss-grief-idioms-transcript.txt) ---------------------

    @Test
    void an_idiom_of_dying_said_to_be_an_expression_is_denied_and_a_fronted_plan_reads_in_order() {
        NoteDocument note = note("pet-loss-grief-idioms-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "It's just an expression.");
        String said = whole(note);
        // "The walk I'll try on Saturday with my sister." read "She adds that the walk she will try on Saturday ..."
        assertTrue(said.contains("that she will try the walk on Saturday with her sister."), said);
        // "Just the loop we did." read "She notes that just the loop they did."
        assertFalse(said.contains("that just the loop"), said);
        assertTrue(said.contains("Therapist recommended a pet loss support group at the humane society on Tuesday evenings"), said);
    }

    // ---- a dream of stabbing his father, in psychodynamic therapy (psychodynamic-dream-father-transcript.txt) ----------------------

    @Test
    void a_dream_of_harming_a_parent_is_no_homicidal_ideation_when_the_waking_thought_is_denied() {
        NoteDocument note = note("psychodynamic-dream-father-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        assertEquals("not_assessed", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
        // (it read "show us feelings they don't let ourselves have when they're awake")
        assertTrue(whole(note).contains("dreams often show people feelings they don't let themselves have when they're awake"),
                whole(note));
        assertTrue(section(note, "objective").contains("Therapist observed that he has used the word scared three times today."),
                section(note, "objective"));
    }

    // ---- a pregnant woman on buprenorphine, her partner still using fentanyl (pregnant-oud-buprenorphine-dap-notes.txt) ------------

    @Test
    void a_condition_after_a_semicolon_stays_with_what_follows_it() {
        NoteDocument note = note("pregnant-oud-buprenorphine-dap-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        String plan = section(note, "plan");
        // "...; if he declines, pt will consider asking him to stay elsewhere" read "...; if he declines. Client will consider ..."
        assertTrue(plan.contains("if he declines, client will consider asking him to stay elsewhere until delivery."), plan);
        assertEquals("denied", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
        RiskFinding hi = risk(note, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        assertQualified(hi, "denies thoughts of harming the baby");
    }

    // ---- a crisis walk-in after a breakup, the Columbia screen item by item (crisis-walkin-cssrs-items-notes.txt) -----------------

    @Test
    void the_columbia_screens_items_are_read_as_answered() {
        NoteDocument note = note("crisis-walkin-cssrs-items-notes.txt", SessionType.Standard, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // "Active SI with specific plan and intent: No" read "plan endorsed", "absence of prior attempts" "history of a suicide
        // attempt"; item 3 answered yes is a method considered, the favourite hoodie given away a warning sign
        assertQualified(si, "active thoughts", "method considered, no plan", "intent denied", "no history of attempts reported",
                "preparatory behaviour reported", "means restriction agreed", "safety plan made or reviewed", "crisis resources given",
                "risk level documented as moderate");
        assertFalse(si.summary().contains("plan endorsed"), si.summary());
        assertFalse(si.summary().contains("history of a suicide attempt"), si.summary());
        // the note's title is the record, and a list's heading says nothing of its own
        assertTrue(section(note, "presentation").contains("Seen 14:10-15:20."), section(note, "presentation"));
        assertFalse(section(note, "assessment").contains("Crisis Walk-In Assessment"), section(note, "assessment"));
        assertFalse(whole(note).contains("C-SSRS (screen, past month):"), whole(note));
    }

    // ---- a couple's fight over hosting the holidays, "everyone would be better off without me" (couple-inlaws-burden-transcript.txt)

    @Test
    void a_burden_phrase_said_not_to_mean_suicide_is_denied_with_the_history_told() {
        NoteDocument note = note("couple-inlaws-burden-transcript.txt", SessionType.CoupleSoap, Pronouns.NeutralThem, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        // "No. No, not like that. ... I'm not suicidal." read "endorsed; passive"
        assertEquals("denied", si.polarity(), si.summary());
        assertQualified(si, "history of suicidal ideation", "crisis resources given", "Some days I think everyone would be better off without me.");
        String plan = section(note, "plan");
        // "I want you to tell Alex or me, or call 988", to Sam (it read "Alex and Sam were instructed to tell Alex ..."), and
        // "And Alex, when Sam does that, let Sam know you noticed." to Alex
        assertTrue(plan.contains("Sam was instructed to tell Alex or the therapist, or call 988"), plan);
        assertTrue(plan.contains("Alex was instructed to let Sam know they noticed when Sam does that."), plan);
        // Sam's "she" of the mother is not Alex's pronoun
        assertFalse(whole(note).contains("Alex also reports that she"), whole(note));
    }

    // ---- an adult's first disclosure of childhood sexual abuse, the abuser near her nieces (adult-csa-disclosure-nieces-transcript.txt)

    @Test
    void a_disclosure_said_in_three_words_is_sexual_violence_and_the_consultation_about_the_nieces_is_charted() {
        NoteDocument note = note("adult-csa-disclosure-nieces-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        // "He touched me. More than once." read "Abuse or violence: not addressed", and "whether a report to child protective
        // services is needed" "mandated report made"
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "sexual violence reported", "consultation about a mandated report planned", "He touched me. More than once.");
        assertFalse(abuse.summary().contains("mandated report made"), abuse.summary());
        RiskFinding selfHarm = risk(note, "self_harm");
        // "In high school I used to scratch my arms. Not since I was seventeen." read "Self-harm: endorsed"
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertQualified(selfHarm, "history of self-harm");
        assertTrue(whole(note).contains("she sits at the same table and smiles"), whole(note));
    }

    // ---- a 17-year-old's recent cutting, charted in colon shorthand (self-harm-recent-colon-shorthand-soap-notes.txt) --------------

    @Test
    void a_cut_told_under_sh_is_an_act_and_the_acute_level_is_the_one_charted() {
        NoteDocument note = note("self-harm-recent-colon-shorthand-soap-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("endorsed", selfHarm.polarity(), selfHarm.summary());
        // the urges resisted on Monday are not the act of Sunday (it read "urges not acted on"), and the blades go to her mother
        assertFalse(selfHarm.summary().contains("urges not acted on"), selfHarm.summary());
        assertQualified(selfHarm, "means restriction agreed", "history of self-harm", "cut L forearm x3 Sun night");
        RiskFinding si = risk(note, "suicidal_ideation");
        // "low acute suicide risk, chronic risk elevated" read "risk level documented as elevated"; "none today" is none now
        assertQualified(si, "passive", "denied currently", "plan denied", "intent denied", "risk level documented as low");
    }

    // ---- a phone call after goodbye texts, pills on the table (phone-crisis-goodbye-texts-transcript.txt) ----------------------

    @Test
    void a_crisis_call_charts_the_message_the_means_put_outside_and_the_emergency_evaluation_arranged() {
        NoteDocument note = note("phone-crisis-goodbye-texts-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        // the message read back and the sister's word are what brought the call about (the message read as the plan before)
        assertTrue(section(note, "subjective").contains("Therapist read back the message: \u201CTake care of Bella for me"), whole(note));
        assertTrue(section(note, "subjective").contains("Therapist relayed that the client's sister called the clinic."), whole(note));
        assertTrue(whole(note).contains("\u201CI've got my pills. The oxycodone from my back surgery and the sleeping pills.\u201D"), whole(note));
        assertTrue(whole(note).contains("Client was asked to take the pills and put them outside her front door."), whole(note));
        assertTrue(whole(note).contains("Therapist asked for her to come and take the client to the emergency room at St. Mary's."), whole(note));
        assertTrue(whole(note).contains("the therapist will need to send the mobile crisis team to her"), whole(note));
        assertFalse(whole(note).contains("have some space between her and them"), whole(note));
        RiskFinding si = risk(note, "suicidal_ideation");
        assertQualified(si, "plan endorsed", "history of a suicide attempt", "preparatory behaviour reported", "means restriction agreed",
                "asked about past suicide attempts");
    }

    // ---- a 22-year-old restless on sertraline, new thoughts of not being here (ssri-akathisia-young-adult-psych-followup-transcript.txt)

    @Test
    void akathisia_named_the_dose_lowered_the_next_step_and_the_medication_held_by_a_roommate_are_charted() {
        NoteDocument note = note("ssri-akathisia-young-adult-psych-followup-transcript.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        assertTrue(section(note, "assessment").contains("Therapist explained that this fits with something called akathisia"), whole(note));
        assertTrue(section(note, "objective").contains("Therapist noticed him shifting in the chair, crossing and uncrossing his legs."), whole(note));
        assertTrue(section(note, "plan").contains("Therapist will decrease the sertraline to 50 starting tomorrow"), whole(note));
        assertTrue(whole(note).contains("If it isn't clearly easing in a week, the therapist will taper off the sertraline and try something else."),
                whole(note));
        assertQualified(risk(note, "suicidal_ideation"), "passive", "plan denied", "intent denied", "no history of attempts reported",
                "means restriction agreed");
    }

    // ---- a domestic violence program's notes after a strangulation (ipv-strangulation-dap-notes.txt) ------------------------------

    @Test
    void strangulation_by_hand_a_threat_tied_to_leaving_and_the_danger_assessment_are_charted_with_the_disclosure_first() {
        NoteDocument note = note("ipv-strangulation-dap-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        RiskFinding abuse = risk(note, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualified(abuse, "strangulation reported", "threats to harm or kill reported", "Danger Assessment: severe or extreme danger",
                "firearm in the home reported");
        // the disclosure is the first words quoted (it was the program's name in the title line)
        assertTrue(abuse.summary().contains("(\u201CClient disclosed that on Saturday night her partner"), abuse.summary());
    }

    // ---- EMDR preparation: a calm place installed (emdr-resource-calm-place-transcript.txt) --------------------------------------

    @Test
    void resource_work_is_phase_two_and_the_disturbance_before_and_after_are_both_charted() {
        NoteDocument note = note("emdr-resource-calm-place-transcript.txt", SessionType.Emdr, Pronouns.FeminineHer, null);
        assertEquals("Phase 2 (preparation) (from the session's own words).", section(note, "phase"));
        assertTrue(section(note, "sud").contains("\u201CAbout a three.\u201D"), section(note, "sud"));
        assertTrue(section(note, "sud").contains("\u201COne.\u201D"), section(note, "sud"));
    }

    // ---- a firefighter after a child's death on a call (firefighter-critical-incident-transcript.txt) ----------------------------

    @Test
    void a_death_told_in_four_words_the_referrer_and_agreement_to_cut_back_are_charted() {
        NoteDocument note = note("firefighter-critical-incident-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertTrue(whole(note).contains("Client stated: \u201CShe didn't make it.\u201D"), whole(note));
        assertTrue(whole(note).contains("Client was referred by his captain, who mentioned the call on Route 9."), whole(note));
        assertTrue(whole(note).contains("Client agreed to try it: \u201CTwo beers. I can try that.\u201D"), whole(note));
        assertFalse(whole(note).contains("Therapist stated that Intrusive"), whole(note));
        assertQualified(risk(note, "suicidal_ideation"), "protective factors named", "firearms reported locked away");
    }

    // ---- an 81-year-old's son, her money and her pantry (elder-abuse-son-aps-notes.txt) -------------------------------------------

    @Test
    void elder_abuse_by_a_son_is_physical_financial_and_neglect_and_the_home_visit_is_the_record() {
        NoteDocument note = note("elder-abuse-son-aps-notes.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "subjective").startsWith("Home visit, 60 minutes."), section(note, "subjective"));
        RiskFinding abuse = risk(note, "abuse");
        assertQualified(abuse, "financial exploitation reported", "neglect reported", "mandated report made", "grabbed my arm hard");
    }

    // ---- a 14-year-old's post about not waking up (teen-instagram-post-si-school-referral-transcript.txt) ------------------------

    @Test
    void the_crisis_lines_after_the_mothers_words_are_the_teens_and_a_scratch_in_seventh_grade_is_history() {
        NoteDocument note = note("teen-instagram-post-si-school-referral-transcript.txt", SessionType.Birp, Pronouns.FeminineHer, null);
        assertTrue(whole(note).contains("Client was instructed to text HOME to 741741, or call or text 988 if it's too much."), whole(note));
        assertFalse(whole(note).contains("mother was instructed to text HOME"), whole(note));
        RiskFinding selfHarm = risk(note, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertQualified(selfHarm, "history of self-harm");
        assertQualified(risk(note, "suicidal_ideation"), "passive", "plan denied", "means restriction agreed", "Sometimes. At night mostly.");
    }

    // ---- a benzodiazepine taper at 76 (benzo-taper-older-adult-psych-soap-notes.txt) ----------------------------------------------

    @Test
    void a_decimal_dose_is_not_cut_from_its_unit() {
        NoteDocument note = note("benzo-taper-older-adult-psych-soap-notes.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        assertTrue(section(note, "plan").startsWith("Reduce lorazepam to 0.5 mg qhs for 2 weeks, then reassess."), section(note, "plan"));
    }

    // ---- intrusive thoughts about children in OCD, an imaginal exposure (pocd-intrusive-thoughts-erp-transcript.txt) ------------

    @Test
    void an_ocd_script_read_aloud_is_the_exercise_and_no_risk_to_children_is_invented() {
        NoteDocument note = note("pocd-intrusive-thoughts-erp-transcript.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        assertTrue(whole(note).contains("During the exercise, the client said: \u201CI'm at Jake's party. The kids are playing in the yard."),
                whole(note));
        // the ratings are the exposure's line, not words of the exercise (nor is an "Okay.")
        assertTrue(whole(note).contains("Anxiety ratings during the in-session exposure (0-10): 9, 8, 6, 5"), whole(note));
        assertFalse(whole(note).contains("the client said: \u201COkay.\u201D"), whole(note));
        assertFalse(whole(note).contains("the client said: \u201CFive.\u201D"), whole(note));
        assertEquals("denied", risk(note, "abuse").polarity(), risk(note, "abuse").summary());
        assertEquals("not_assessed", risk(note, "homicidal_ideation").polarity(), risk(note, "homicidal_ideation").summary());
        assertQualified(risk(note, "suicidal_ideation"), "passive", "plan denied");
    }

    // ---- a 16-year-old's controlling boyfriend, a school counselor's notes (teen-dating-violence-school-counselor-dap-notes.txt) ---

    @Test
    void a_students_list_of_what_she_will_do_keeps_its_subject_and_the_image_threat_is_sextortion() {
        NoteDocument note = note("teen-dating-violence-school-counselor-dap-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        assertTrue(section(note, "plan").contains("student will walk between classes with a friend, will not be alone with the boyfriend on "
                + "campus, and will turn off location sharing"), section(note, "plan"));
        assertQualified(risk(note, "abuse"), "sextortion reported", "stalking reported", "grabbed her by the wrist hard enough");
    }

    // ---- a mother after her son's killing, a plea offered (homicide-bereavement-mother-transcript.txt) ---------------------------

    @Test
    void wanting_him_to_suffer_is_no_homicidal_ideation_and_the_group_for_parents_is_the_plan() {
        NoteDocument note = note("homicide-bereavement-mother-transcript.txt", SessionType.Soap, Pronouns.FeminineHer, null);
        assertEquals("denied", risk(note, "homicidal_ideation").polarity(), risk(note, "homicidal_ideation").summary());
        assertQualified(risk(note, "suicidal_ideation"), "passive", "plan denied", "no access to firearms or weapons reported");
        assertTrue(section(note, "plan").contains("Therapist told the client about a group for parents who've lost children to violence."),
                section(note, "plan"));
        assertTrue(whole(note).contains("Therapist stated that she does not have to forgive anyone to heal."), whole(note));
    }

    // ---- an emergency evaluation dictated after an interrupted attempt (dictated-ed-crisis-eval-notes.txt) ----------------------

    @Test
    void a_dictated_emergency_evaluation_charts_the_plan_the_hose_bought_no_firearms_and_the_wifes_two_steps() {
        NoteDocument note = note("dictated-ed-crisis-eval-notes.txt", SessionType.Soap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertQualified(si, "plan endorsed", "intent endorsed", "preparatory behaviour reported", "no access to firearms or weapons reported",
                "means restriction agreed", "risk level documented as high");
        // "He owns no firearms." read "access to firearms reported"
        assertFalse(si.summary().contains("access to firearms reported"), si.summary());
        assertTrue(whole(note).contains("who agreed to remove the hose and the car keys from the home and will bring the children to her "
                + "mother's."), whole(note));
    }

    // ---- an 8-year-old's separation anxiety, his mother in the room (child-separation-anxiety-parent-transcript.txt) -------------

    @Test
    void what_follows_the_childs_name_in_a_turn_is_said_to_the_child_though_the_mother_spoke_last() {
        NoteDocument note = note("child-separation-anxiety-parent-transcript.txt", SessionType.Girp, Pronouns.MasculineHim, null);
        assertTrue(whole(note).contains("Client was instructed to say, \"That's my worry brain talking,\" and then do his balloon breathing"),
                whole(note));
        assertTrue(whole(note).contains("Therapist guided the client to breathe in like he is blowing up a big balloon, slow."), whole(note));
        assertFalse(whole(note).contains("Client's mother was instructed to say, \"That's my worry brain"), whole(note));
    }

    // ---- a mixed episode off lithium, thoughts of the overpass (bipolar-mixed-driving-si-psych-followup-transcript.txt) ----------

    @Test
    void driving_into_the_overpass_is_an_active_method_and_driving_past_it_a_rehearsal() {
        NoteDocument note = note("bipolar-mixed-driving-si-psych-followup-transcript.txt", SessionType.PsychiatricSoap, Pronouns.MasculineHim, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualified(si, "active thoughts", "method considered, no plan", "preparatory behaviour reported", "means restriction agreed");
        assertTrue(section(note, "plan").contains("Therapist will restart the lithium at 300 twice a day and add quetiapine 100 at bedtime"),
                section(note, "plan"));
    }

    // ---- a widow four months after her husband's suicide, his second handgun in the closet (suicide-loss-widow-husband-gun-dap-notes.txt)

    @Test
    void the_handgun_to_be_removed_is_a_means_restriction_and_a_groups_risk_is_not_the_clients_level() {
        NoteDocument note = note("suicide-loss-widow-husband-gun-dap-notes.txt", SessionType.Dap, Pronouns.FeminineHer, null);
        RiskFinding si = risk(note, "suicidal_ideation");
        assertQualified(si, "passive", "plan denied", "intent denied", "access to firearms reported", "means restriction agreed",
                "exposure to suicide", "protective factors named");
        // "Suicide loss survivors are at elevated risk" read "risk level documented as elevated"
        assertFalse(si.summary().contains("risk level documented"), si.summary());
    }

    // ---- a 16-year-old's first signs of psychosis, his mother in the room (adolescent-psychosis-prodrome-mother-intake-transcript.txt)

    @Test
    void a_rifle_the_father_will_take_to_his_brothers_is_a_means_restriction_and_the_voices_are_the_present_illness() {
        NoteDocument note = note("adolescent-psychosis-prodrome-mother-intake-transcript.txt", SessionType.Intake, Pronouns.MasculineHim, null);
        assertQualified(risk(note, "suicidal_ideation"), "passive", "plan denied", "access to firearms reported", "means restriction agreed");
        assertTrue(section(note, "present_illness").contains("\u201CSometimes my name. Like someone whispering it. When nobody's there.\u201D"),
                section(note, "present_illness"));
        assertTrue(section(note, "plan").contains("Therapist will refer him to the early psychosis program at the university for a full "
                + "assessment."), section(note, "plan"));
    }

    // ---- a biopsychosocial intake of a student after her parents learned she changed her major (bps-college-depression-family-transcript.txt)

    @Test
    void the_letter_offered_is_a_recommendation_and_the_friends_avoided_are_quoted() {
        NoteDocument note = note("bps-college-depression-family-transcript.txt", SessionType.Bps, Pronouns.FeminineHer, null);
        assertTrue(whole(note).contains("Therapist offered to write a letter to the dean of students supporting a request for academic "
                + "accommodations."), whole(note));
        assertFalse(whole(note).contains("her friend group from the South Asian student association, but she has been avoiding them"),
                whole(note));
        assertQualified(risk(note, "suicidal_ideation"), "passive", "plan denied");
    }
}
