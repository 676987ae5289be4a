package io.notewell.session.boundary;

import static io.notewell.platform.Jsonp.JSON;

import io.notewell.session.entity.TherapySession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a create: the contract's {@code {"sessionId": "..."}}. */
@Schema(name = "CreateSessionResponse")
public record SessionCreated(@Schema(description = "Id of the session") String sessionId) {

    static SessionCreated of(TherapySession session) {
        return new SessionCreated(session.id());
    }

    /** The exact body sent, also stored for replays of the same Idempotency-Key. */
    String toJson() {
        return JSON.createObjectBuilder().add("sessionId", sessionId).build().toString();
    }
}
