package io.notewell.session.entity;

import io.notewell.platform.EncryptedText;
import io.notewell.user.entity.Pronouns;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A therapy session of one partner: who, when, which note format, its input, and where processing is.
 * Input text and treatment plan are encrypted at rest; the plan is erased once the note is written.
 */
@Entity
@Table(name = "therapy_session")
public class TherapySession implements SessionSummary {

    @Id
    private String id;
    @Column(name = "partner_id", nullable = false)
    private String partnerId;
    @Column(name = "provider_id", nullable = false)
    private String providerId;
    @Column(name = "client_id")
    private String clientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "client_pronouns")
    private Pronouns clientPronouns;
    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false)
    private SessionType sessionType;
    @Column(name = "session_date", nullable = false)
    private Instant date;
    @Column(name = "partner_appointment_id")
    private String partnerAppointmentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "input_kind", nullable = false)
    private InputKind inputKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "recording_content")
    private RecordingContent recordingContent;
    @Convert(converter = EncryptedText.class)
    @Column(name = "input_text")
    private String inputText;
    @Convert(converter = EncryptedText.class)
    @Column(name = "treatment_plan")
    private String treatmentPlan;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_recording_url", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> recordingUrls = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionState state;
    @Column(name = "error_code")
    private String errorCode;
    @Column(name = "error_message")
    private String errorMessage;
    @Column(name = "input_revision", nullable = false)
    private int inputRevision = 1;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProcessingStep step = ProcessingStep.queued;
    @Column(name = "state_changed_at")
    private Instant stateChangedAt;
    @Column(name = "recording_duration_ms")
    private Long recordingDurationMs;
    @Column(name = "retry_at")
    private Instant retryAt;
    @Column(name = "engine_wait_since")
    private Instant engineWaitSince;
    @Column(name = "recovery_count", nullable = false)
    private int recoveryCount;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected TherapySession() {
    }

    private TherapySession(Participants who, SessionType type, Instant date, String partnerAppointmentId,
                           String treatmentPlan) {
        if (!type.isSupported()) {
            throw new IllegalArgumentException(type + " sessions cannot be processed");
        }
        this.id = UUID.randomUUID().toString();
        this.partnerId = who.partnerId();
        this.providerId = who.providerId();
        this.clientId = who.clientId();
        this.clientPronouns = who.clientPronouns();
        this.sessionType = type;
        this.date = Objects.requireNonNull(date);
        this.partnerAppointmentId = partnerAppointmentId;
        this.treatmentPlan = treatmentPlan;
        this.state = SessionState.Processing;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.stateChangedAt = createdAt;
    }

    /**
     * Who a session is about. {@code clientPronouns} are the ones the note uses: the client record's, or
     * those given with the session when there is no client record.
     */
    public record Participants(String partnerId, String providerId, String clientId, Pronouns clientPronouns) {
        public Participants {
            Objects.requireNonNull(partnerId);
            Objects.requireNonNull(providerId);
        }
    }

    public static TherapySession fromText(Participants who, SessionType type, Instant date, String partnerAppointmentId,
                                          String treatmentPlan, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text input must not be blank");
        }
        TherapySession session = new TherapySession(who, type, date, partnerAppointmentId, treatmentPlan);
        session.inputKind = InputKind.Text;
        session.inputText = text;
        return session;
    }

    public static TherapySession fromRecording(Participants who, SessionType type, Instant date,
                                               String partnerAppointmentId, String treatmentPlan,
                                               List<String> recordingUrls, RecordingContent content) {
        if (recordingUrls == null || recordingUrls.isEmpty() || content == null) {
            throw new IllegalArgumentException("a recording input needs at least one URL and its content kind");
        }
        TherapySession session = new TherapySession(who, type, date, partnerAppointmentId, treatmentPlan);
        session.inputKind = InputKind.Recording;
        session.recordingUrls = new ArrayList<>(recordingUrls);
        session.recordingContent = content;
        return session;
    }

    /** Whether a work message for {@code revision} still has something to do. */
    public boolean awaits(int revision) {
        return state == SessionState.Processing && inputRevision == revision;
    }

    /** A worker starts a step; also the heartbeat that keeps the recovery sweep away. */
    public void begin(ProcessingStep next) {
        requireState(SessionState.Processing, "start " + next + " of");
        step = next;
        touch();
    }

    /**
     * A remote engine cannot answer now: the session waits until {@code until}, when the recovery sweep queues it
     * again. Answers since when it has been waiting, across attempts.
     */
    public Instant awaitEngine(Instant until) {
        requireState(SessionState.Processing, "wait with");
        step = ProcessingStep.waiting_for_engine;
        retryAt = Objects.requireNonNull(until);
        Instant now = touch();
        if (engineWaitSince == null) {
            engineWaitSince = now;
        }
        return engineWaitSince;
    }

    /** The wait is over: queued again. */
    public void retryEngine() {
        requireState(SessionState.Processing, "retry");
        step = ProcessingStep.queued;
        retryAt = null;
        touch();
    }

    /** Ends processing successfully; the treatment plan has served its purpose and is erased. */
    public void markDone() {
        requireState(SessionState.Processing, "finish");
        clearWait();
        state = SessionState.Done;
        step = ProcessingStep.done;
        treatmentPlan = null;
        stateChangedAt = touch();
    }

    /** Ends processing with an error a partner can act on; the treatment plan is erased. */
    public void fail(String code, String message) {
        requireState(SessionState.Processing, "fail");
        clearWait();
        state = SessionState.Error;
        step = ProcessingStep.failed;
        errorCode = Objects.requireNonNull(code);
        errorMessage = message;
        treatmentPlan = null;
        stateChangedAt = touch();
    }

    /**
     * Replaces the text input and starts processing again (a new revision). Refused while processing;
     * the treatment plan cannot come back: it was erased with the first note.
     */
    public void replaceText(String text) {
        if (state == SessionState.Processing) {
            throw new IllegalStateException("the session is being processed");
        }
        if (inputKind != InputKind.Text) {
            throw new IllegalStateException("only text input can be replaced");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text input must not be blank");
        }
        inputText = text;
        inputRevision++;
        state = SessionState.Processing;
        step = ProcessingStep.queued;
        errorCode = null;
        errorMessage = null;
        recoveryCount = 0;
        clearWait();
        stateChangedAt = touch();
    }

    /** The recovery sweep found the session stalled and queued it again. */
    public int recovered() {
        requireState(SessionState.Processing, "recover");
        step = ProcessingStep.queued;
        touch();
        return ++recoveryCount;
    }

    private void clearWait() {
        retryAt = null;
        engineWaitSince = null;
    }

    private void requireState(SessionState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " a session in state " + state);
        }
    }

    private Instant touch() {
        updatedAt = Instant.now();
        return updatedAt;
    }

    public String id() { return id; }
    public String partnerId() { return partnerId; }
    public String providerId() { return providerId; }
    public String clientId() { return clientId; }
    public Pronouns clientPronouns() { return clientPronouns; }
    public SessionType sessionType() { return sessionType; }
    public Instant date() { return date; }
    public String partnerAppointmentId() { return partnerAppointmentId; }
    public InputKind inputKind() { return inputKind; }
    public RecordingContent recordingContent() { return recordingContent; }
    public String inputText() { return inputText; }
    public String treatmentPlan() { return treatmentPlan; }
    public List<String> recordingUrls() { return List.copyOf(recordingUrls); }
    public SessionState state() { return state; }
    public String errorCode() { return errorCode; }
    public String errorMessage() { return errorMessage; }
    public Instant retryAt() { return retryAt; }
    public Instant engineWaitSince() { return engineWaitSince; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int inputRevision() { return inputRevision; }
    public ProcessingStep step() { return step; }
    public Instant stateChangedAt() { return stateChangedAt; }
    public Long recordingDurationMs() { return recordingDurationMs; }
}
