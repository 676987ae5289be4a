package io.notewell.session.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * ISO 8601 dates of sessions: a date-time with offset ({@code 2025-03-14T15:00:00+01:00} or {@code ...Z}),
 * a local date-time (read as UTC) or a calendar date (midnight UTC).
 */
public final class SessionDates {

    public static final String FORMS = "an ISO 8601 date-time such as 2025-03-14T15:00:00Z or 2025-03-14T15:00:00+01:00, or a date such as 2025-03-14";

    private SessionDates() {
    }

    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }
}
