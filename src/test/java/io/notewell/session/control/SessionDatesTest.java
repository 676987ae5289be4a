package io.notewell.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionDatesTest {

    @Test
    void offset_date_times_are_converted_to_the_instant() {
        assertEquals(Optional.of(Instant.parse("2025-03-14T14:00:00Z")), SessionDates.parse("2025-03-14T15:00:00+01:00"));
        assertEquals(Optional.of(Instant.parse("2025-03-14T15:00:00Z")), SessionDates.parse("2025-03-14T15:00:00Z"));
    }

    @Test
    void local_date_times_and_dates_are_read_as_utc() {
        assertEquals(Optional.of(Instant.parse("2025-03-14T15:00:00Z")), SessionDates.parse("2025-03-14T15:00:00"));
        assertEquals(Optional.of(Instant.parse("2025-03-14T00:00:00Z")), SessionDates.parse("2025-03-14"));
    }

    @Test
    void anything_else_is_not_a_date() {
        assertEquals(Optional.empty(), SessionDates.parse("14/03/2025"));
        assertEquals(Optional.empty(), SessionDates.parse("yesterday"));
        assertEquals(Optional.empty(), SessionDates.parse("2025-02-30"));
    }
}
