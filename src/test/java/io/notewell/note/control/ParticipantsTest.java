package io.notewell.note.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.user.entity.Pronouns;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

    private static final InputReader READER = new InputReader();

    private static Participants of(String transcript, boolean couple) {
        return Participants.of(READER.read(transcript, false), couple);
    }

    private static final String COUPLE = """
            Therapist: How has the week been for the two of you?
            Maya: Not great. He went back to his phone every time I tried to talk to him.
            Daniel: She kept following me around the house. I just needed a minute.
            Therapist: Maya, what did you feel when he went back to his phone?
            Maya: Invisible. He doesn't see me when he's like that.
            Daniel: I see her. I just freeze when she's upset.
            Therapist: Daniel, can you tell Maya what the freezing is like?
            Daniel: It's like my whole body shuts down.
            """;

    @Test
    void each_partner_gets_the_pronouns_the_other_uses_for_them() {
        Participants participants = of(COUPLE, true);
        assertEquals(Pronouns.FeminineHer, participants.pronouns().get("Maya"));
        assertEquals(Pronouns.MasculineHim, participants.pronouns().get("Daniel"));
        assertNull(participants.primary());
        assertTrue(participants.named("Maya") && participants.named("Daniel"));
        assertEquals("Maya and Daniel", participants.everyone());
    }

    @Test
    void in_an_individual_note_the_one_who_speaks_most_is_the_client() {
        // (Daniel: 28 words, Maya: 25)
        Participants participants = of(COUPLE, false);
        assertEquals("Daniel", participants.primary());
        assertFalse(participants.named("Daniel"));
        assertTrue(participants.named("Maya"));
        assertEquals("Client and Maya", participants.everyone());
    }

    @Test
    void someone_named_beside_a_speaker_labelled_client_is_named_and_the_client_stays_the_client() {
        Participants participants = of("""
                Therapist: How has the week been?
                Client: Hard. I stopped going to choir.
                Therapist: Luis, what have you noticed at home?
                Luis: She doesn't laugh anymore. She naps every afternoon.
                Client: I didn't know he noticed. He never said anything.
                Luis: Of course I noticed. I just didn't know what to say to her.
                """, false);
        assertEquals("Client", participants.primary());
        assertTrue(participants.named("Luis"));
        assertFalse(participants.named("Client"));
        assertEquals(Pronouns.MasculineHim, participants.pronouns().get("Luis"));
        assertEquals("Client and Luis", participants.everyone());
    }

    @Test
    void two_men_are_both_he() {
        Participants participants = of("""
                Therapist: What happened on Saturday?
                Marcus: He forgot the dinner with my parents. He said he was working late.
                Leo: I told him about the deadline two weeks ago. He never listens.
                Marcus: He told me once, in passing, while I was cooking.
                Leo: That counts. He just doesn't want to admit he forgot.
                """, true);
        assertEquals(Pronouns.MasculineHim, participants.pronouns().get("Marcus"));
        assertEquals(Pronouns.MasculineHim, participants.pronouns().get("Leo"));
    }

    @Test
    void partners_whom_no_one_calls_he_or_she_are_they() {
        Participants participants = of("""
                Therapist: What would each of you like to work on today?
                Sam: The arguments about money. We keep having the same fight.
                Alex: Same. And the chores. I do most of the dishes.
                Sam: That's not true, I cook every night.
                Alex: Fine, we both do things. I want us to stop keeping score.
                """, true);
        assertEquals(Pronouns.NeutralThem, participants.pronouns().get("Sam"));
        assertEquals(Pronouns.NeutralThem, participants.pronouns().get("Alex"));
    }

    @Test
    void a_client_with_a_relative_or_generic_labels_is_no_joint_session() {
        assertFalse(of("""
                Therapist: How was the week?
                Jake: Okay. I did my homework most nights.
                Mom: He did, mostly without me asking.
                Jake: Except Thursday.
                Mom: Thursday was hard for both of us.
                """, false).joint());
        assertFalse(of("""
                Speaker 1: How has your sleep been?
                Speaker 2: Bad. Maybe four hours a night.
                Speaker 1: And your appetite?
                Speaker 2: I skip breakfast most days.
                Speaker 3: She barely eats dinner either.
                Speaker 3: I'm worried about her.
                """, false).joint());
        assertFalse(of("""
                Therapist: How have you been sleeping?
                Interpreter: She says she wakes up at three every night.
                Maria: Tres de la mañana, todas las noches.
                Therapist: And how is her appetite?
                Interpreter: Not good. She eats once a day.
                Maria: Una vez al día.
                """, false).joint());
        assertFalse(of("""
                Therapist: How have you been sleeping?
                Maya: Badly. Four hours maybe.
                Therapist: And your mood?
                Maya: Low, most days.
                """, false).joint());
    }
}
