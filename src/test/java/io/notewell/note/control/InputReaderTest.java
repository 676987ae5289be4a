package io.notewell.note.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the input is read into speakers, turns and units, before anything is placed or rewritten. */
class InputReaderTest {

    private static final InputReader READER = new InputReader();

    private static Unit unit(InputReader.Parsed parsed, String startsWith) {
        return parsed.units().stream().filter(u -> u.text().startsWith(startsWith)).findFirst().orElseThrow();
    }

    @Test
    void a_role_or_a_relative_in_brackets_after_the_label_says_who_speaks() {
        InputReader.Parsed parsed = READER.read("""
                Therapist (Dr. Lee): How has your week been?
                Jordan (client): Rough. I barely slept.
                Maria (mother): She was up every night.
                Therapist (Dr. Lee): Any thoughts of suicide?
                Jordan (client): No, none.
                """, false);
        assertEquals(InputReader.Shape.conversation, parsed.shape());
        assertEquals(Role.CLINICIAN, unit(parsed, "How has your week").role());
        assertEquals(Role.CLIENT, unit(parsed, "Rough.").role());
        assertEquals("Jordan", unit(parsed, "Rough.").speaker());
        // the relative named by the role in brackets, which the note writes as the client's mother
        assertEquals("mother", unit(parsed, "She was up").speaker());
    }

    @Test
    void the_clinicians_notes_after_a_transcript_are_notes() {
        InputReader.Parsed parsed = READER.read("""
                Therapist: What happened on Thursday?
                Client: I lost it with him. I'm so ashamed.
                Therapist: Thank you for telling me.

                Clinician notes: Client was tearful throughout. CPS hotline called with the client present.
                """, false);
        assertEquals(Role.NOTES, unit(parsed, "Client was tearful").role());
        assertEquals(Role.CLIENT, unit(parsed, "I lost it").role());
    }

    @Test
    void the_lines_under_a_notes_own_soap_heading_keep_it_up_to_the_next() {
        InputReader.Parsed parsed = READER.read("""
                S: Pt reports mood "okay." Sleeping 8 hrs.
                Reports weight gain.
                O: Affect blunted.
                MSE: Speech soft.
                Labs: A1c 6.1.
                P: Continue current dose.
                Start metformin 500 mg daily.
                """, false);
        assertEquals("presentation", unit(parsed, "Reports weight gain").labelHint());
        assertEquals("observation", unit(parsed, "Labs:").labelHint());
        assertEquals("plan", unit(parsed, "Start metformin").labelHint());
        // a note of fields: "Plan:" with its text covers its line only
        InputReader.Parsed fields = READER.read("""
                Interventions: practiced breathing.
                Plan: thought record daily.
                Work: manager changed in September.
                """, false);
        assertNull(unit(fields, "Work:").labelHint());
    }

    @Test
    void a_clinicians_sentence_turning_to_a_second_person_by_name_is_two() {
        List<Unit> units = READER.read("""
                Dr. Okafor: Dana, I'd like you to tell Marcus one thing you need, and Marcus, I'd like you to reflect it back.
                Dana: I need you to call when you're late.
                Marcus: You need me to call when I'm late.
                """, false).units();
        assertEquals("Dana, I'd like you to tell Marcus one thing you need", units.get(0).text());
        assertEquals("Marcus, I'd like you to reflect it back.", units.get(1).text());
    }
}
