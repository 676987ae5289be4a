package io.notewell.session.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.notewell.user.entity.Pronouns;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TherapySessionTest {

    static final TherapySession.Participants WHO =
            new TherapySession.Participants("partner", "provider", null, Pronouns.NeutralThem);

    static TherapySession aTextSession() {
        return TherapySession.fromText(WHO, SessionType.Soap, Instant.parse("2025-03-14T15:00:00Z"), "appt-1",
                "# Goal: sleep", "Client reports poor sleep.");
    }

    @Test
    void a_new_session_is_processing() {
        assertEquals(SessionState.Processing, aTextSession().state());
        assertEquals(InputKind.Text, aTextSession().inputKind());
    }

    @Test
    void finishing_erases_the_treatment_plan() {
        TherapySession session = aTextSession();
        assertEquals("# Goal: sleep", session.treatmentPlan());
        session.markDone();
        assertEquals(SessionState.Done, session.state());
        assertNull(session.treatmentPlan());
    }

    @Test
    void failing_records_the_code_and_erases_the_treatment_plan() {
        TherapySession session = aTextSession();
        session.fail("low-content-transcript", "Too little speech");
        assertEquals(SessionState.Error, session.state());
        assertEquals("low-content-transcript", session.errorCode());
        assertNull(session.treatmentPlan());
    }

    @Test
    void a_finished_session_cannot_finish_or_fail_again() {
        TherapySession session = aTextSession();
        session.markDone();
        assertThrows(IllegalStateException.class, session::markDone);
        assertThrows(IllegalStateException.class, () -> session.fail("x", "y"));
    }

    @Test
    void couple_sessions_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> TherapySession.fromText(WHO, SessionType.CoupleSoap,
                Instant.now(), null, null, "notes"));
    }

    @Test
    void input_must_not_be_empty() {
        assertThrows(IllegalArgumentException.class, () -> TherapySession.fromText(WHO, SessionType.Soap,
                Instant.now(), null, null, "  "));
        assertThrows(IllegalArgumentException.class, () -> TherapySession.fromRecording(WHO, SessionType.Soap,
                Instant.now(), null, null, List.of(), RecordingContent.Recording));
    }

    @Test
    void recording_urls_keep_their_order() {
        TherapySession session = TherapySession.fromRecording(WHO, SessionType.Dap, Instant.now(), null, null,
                List.of("https://s/b", "https://s/a"), RecordingContent.Recording);
        assertEquals(List.of("https://s/b", "https://s/a"), session.recordingUrls());
    }

    @Test
    void exactly_the_three_couple_types_are_unsupported() {
        assertEquals(List.of(SessionType.CoupleStandard, SessionType.CoupleSoap, SessionType.CoupleDap),
                java.util.Arrays.stream(SessionType.values()).filter(t -> !t.isSupported()).toList());
        assertEquals(16, SessionType.values().length);
    }
}
