package io.notewell.session.boundary;

import io.notewell.idempotency.boundary.IdempotencyRecords;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import io.notewell.session.control.SessionDates;
import io.notewell.session.control.WorkItem;
import io.notewell.session.control.WorkQueue;
import io.notewell.recording.boundary.Recordings;
import io.notewell.session.entity.RecordingContent;
import io.notewell.session.entity.SessionRow;
import io.notewell.session.entity.SessionState;
import io.notewell.session.entity.SessionType;
import io.notewell.session.entity.TherapySession;
import io.notewell.user.boundary.Users;
import io.notewell.user.entity.Pronouns;
import io.notewell.user.entity.User;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** Use cases of sessions. The transaction of a create spans the session row and its idempotency record. */
@Stateless
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    IdempotencyRecords idempotency;

    @Inject
    WorkQueue queue;

    @Inject
    Recordings recordings;

    /** Creates a session; when {@code idempotencyKey} is given, its record is completed in the same transaction. */
    public TherapySession create(String partnerId, CreateSessionRequest r, String idempotencyKey) {
        SessionType type = SessionType.valueOf(r.sessionType);
        if (!type.isSupported()) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_SESSION_TYPE, "Couple sessions (" + type
                    + ") are not supported yet. Use Standard, Soap or Dap for an individual session.");
        }
        TherapySession.Participants who = participants(partnerId, r);
        if (r.input.recording != null) {
            recordings.check(r.input.recording.recordingUrls.stream().map(String::strip).toList(), partnerId,
                    "input.recording.recordingUrls");
        }
        Instant date = SessionDates.parse(r.date).orElseGet(Instant::now);
        TherapySession session = r.input.text != null
                ? TherapySession.fromText(who, type, date, r.partnerAppointmentId, r.externalTreatmentPlan,
                        r.input.text.text)
                : TherapySession.fromRecording(who, type, date, r.partnerAppointmentId, r.externalTreatmentPlan,
                        r.input.recording.recordingUrls.stream().map(String::strip).toList(),
                        RecordingContent.valueOf(r.input.recording.recordingContent));
        em.persist(session);
        queue.enqueue(new WorkItem(session.id(), session.inputRevision()));
        if (idempotencyKey != null) {
            idempotency.complete(partnerId, idempotencyKey, 200, SessionCreated.of(session).toJson());
        }
        return session;
    }

    private TherapySession.Participants participants(String partnerId, CreateSessionRequest r) {
        User provider = users.userInRequest(partnerId, r.providerUserId, "providerUserId");
        if (!provider.isProvider()) {
            throw ApiProblem.invalid("providerUserId", "user " + provider.id() + " is a client, not a provider");
        }
        if (r.clientUserId == null) {
            return new TherapySession.Participants(partnerId, provider.id(), null,
                    r.clientPronouns == null ? null : Pronouns.valueOf(r.clientPronouns));
        }
        User client = users.userInRequest(partnerId, r.clientUserId, "clientUserId");
        if (!client.isClient()) {
            throw ApiProblem.invalid("clientUserId", "user " + client.id() + " is a provider, not a client");
        }
        if (!users.hasAccess(provider, client)) {
            throw ApiProblem.forbidden("Provider " + provider.id() + " has no access to client " + client.id());
        }
        return new TherapySession.Participants(partnerId, provider.id(), client.id(), client.pronoun());
    }

    /** Replaces the text input and processes the session again (the contract's "update session input"). */
    public TherapySession replaceInput(String partnerId, String sessionId, UpdateInputRequest r) {
        TherapySession session = get(partnerId, sessionId);
        if (session.state() == SessionState.Processing) {
            throw new ApiProblem(ProblemType.SESSION_BUSY,
                    "The session is being processed; update its input once it is Done or Error");
        }
        if (session.inputKind() != io.notewell.session.entity.InputKind.Text) {
            throw ApiProblem.invalid("input", "only sessions created from text can have their input replaced");
        }
        session.replaceText(r.input.text.text);
        queue.enqueue(new WorkItem(session.id(), session.inputRevision()));
        return session;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TherapySession get(String partnerId, String sessionId) {
        TherapySession session = em.find(TherapySession.class, sessionId);
        // another partner's session is answered exactly as one that does not exist: ids in paths leak no existence
        if (session == null || !session.partnerId().equals(partnerId)) {
            throw ApiProblem.notFound("Session " + sessionId);
        }
        return session;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionPage list(String partnerId, SessionQuery q) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "");
        where.add("s.partnerId = :partnerId");
        parameters.put("partnerId", partnerId);
        filter(where, parameters, "s.providerId = :provider", "provider", q.providerUserId);
        filter(where, parameters, "s.clientId = :client", "client", q.clientUserId);
        filter(where, parameters, "s.partnerAppointmentId = :appointment", "appointment", q.partnerAppointmentId);
        filter(where, parameters, "s.state = :state", "state", q.state == null ? null : SessionState.valueOf(q.state));
        filter(where, parameters, "s.date >= :from", "from", instant("from", q.from).orElse(null));
        filter(where, parameters, "s.date < :to", "to", instant("to", q.to).orElse(null));

        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM TherapySession s" + where, Long.class);
        // the shown columns only: the encrypted input text and plan of each session stay unread
        TypedQuery<SessionRow> page = em.createQuery(
                SessionRow.SELECT + " FROM TherapySession s" + where + " ORDER BY s.date DESC, s.id", SessionRow.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        int size = q.pageSizeNumber();
        var items = page.setFirstResult((q.pageNumber() - 1) * size).setMaxResults(size).getResultStream()
                .map(row -> SessionView.of(row, Optional.empty())).toList();
        return new SessionPage(items, q.pageNumber(), size, count.getSingleResult());
    }

    private static void filter(StringJoiner where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }

    private static Optional<Instant> instant(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(SessionDates.parse(text)
                .orElseThrow(() -> ApiProblem.invalid(field, "must be " + SessionDates.FORMS)));
    }
}
