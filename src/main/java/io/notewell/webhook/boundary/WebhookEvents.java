package io.notewell.webhook.boundary;

import static io.notewell.platform.Jsonp.JSON;

import io.notewell.session.entity.SessionState;
import io.notewell.session.entity.TherapySession;
import io.notewell.user.entity.User;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The events Notewell publishes, with their thin payloads (ids, states and the partner's own ids; never
 * health data: the receiver fetches the session with its own credentials). Called in the transaction of
 * the change that causes the event.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WebhookEvents {

    public static final String SESSION_COMPLETED = "session.completed";
    public static final String SESSION_FAILED = "session.failed";
    public static final String USER_CREATED = "user.created";

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookOutbox outbox;

    /** A session reached Done or Error: {@code session.completed} or {@code session.failed}. */
    public void sessionEnded(TherapySession session) {
        sessionEnded(session.partnerId(), session.id(), session.state(), session.errorCode(), session.providerId(),
                session.clientId(), session.partnerAppointmentId());
    }

    /** The same from the columns alone, for a session whose row cannot be read as an entity. */
    public void sessionEnded(String partnerId, String sessionId, SessionState state, String errorCode, String providerId,
                             String clientId, String partnerAppointmentId) {
        JsonObjectBuilder data = JSON.createObjectBuilder().add("sessionId", sessionId).add("state", state.name());
        add(data, "partnerAppointmentId", partnerAppointmentId);
        data.add("providerUserId", providerId);
        JsonArrayBuilder clients = JSON.createArrayBuilder();
        if (clientId != null) {
            clients.add(clientId);
        }
        data.add("clientUserIds", clients);
        JsonObjectBuilder partnerUserIds = JSON.createObjectBuilder();
        User provider = em.find(User.class, providerId);
        if (provider != null && provider.partnerUserId() != null) {
            partnerUserIds.add("provider", provider.partnerUserId());
        }
        User client = clientId == null ? null : em.find(User.class, clientId);
        if (client != null && client.partnerUserId() != null) {
            partnerUserIds.add("client", client.partnerUserId());
        }
        data.add("partnerUserIds", partnerUserIds);
        if (errorCode != null) {
            data.add("error", JSON.createObjectBuilder().add("code", errorCode));
        }
        outbox.publish(partnerId, state == SessionState.Done ? SESSION_COMPLETED : SESSION_FAILED, sessionId, data.build());
    }

    public void userCreated(User user) {
        JsonObjectBuilder data = JSON.createObjectBuilder().add("userId", user.id()).add("type", user.kind().name());
        add(data, "partnerUserId", user.partnerUserId());
        outbox.publish(user.partnerId(), USER_CREATED, null, data.build());
    }

    private static void add(JsonObjectBuilder data, String name, String value) {
        if (value != null) {
            data.add(name, value);
        }
    }
}
