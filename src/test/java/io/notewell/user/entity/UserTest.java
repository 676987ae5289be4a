package io.notewell.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UserTest {

    static final User.ProviderProfile NO_DETAILS = new User.ProviderProfile(null, null, null, null, null, null, null);

    static User aProvider() {
        return User.provider("partner", "Ada", "Byron", " Ada@Clinic.Example ", null, NO_DETAILS);
    }

    @Test
    void emails_are_unique_regardless_of_case_and_space() {
        assertEquals("ada@clinic.example", User.emailKey(" Ada@Clinic.Example "));
        assertEquals("Ada@Clinic.Example", aProvider().email());
        assertNull(User.emailKey("  "));
    }

    @Test
    void a_provider_needs_an_email_and_names() {
        assertThrows(IllegalArgumentException.class, () -> User.provider("p", "Ada", "Byron", null, null, NO_DETAILS));
        assertThrows(IllegalArgumentException.class, () -> User.provider("p", " ", "Byron", "a@b.c", null, NO_DETAILS));
    }

    @Test
    void a_client_belongs_to_its_therapists_partner() {
        User client = User.client(aProvider(), "Sam", "Lee", null, null,
                new User.ClientProfile(null, Pronouns.FeminineHer, null, null));
        assertEquals("partner", client.partnerId());
        assertEquals(UserKind.Client, client.kind());
    }

    @Test
    void a_client_cannot_be_a_therapist() {
        User client = User.client(aProvider(), "Sam", "Lee", null, null, new User.ClientProfile(null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> User.client(client, "X", "Y", null, null,
                new User.ClientProfile(null, null, null, null)));
    }
}
