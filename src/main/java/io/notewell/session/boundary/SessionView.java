package io.notewell.session.boundary;

import io.notewell.note.control.NoteRendering;
import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSentence;
import io.notewell.note.entity.PlanLink;
import io.notewell.note.entity.RiskFinding;
import io.notewell.session.entity.TherapySession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the API shows it. The input text and the treatment plan are never returned. */
@Schema(name = "Session")
public record SessionView(
        String sessionId,
        String sessionType,
        Instant date,
        String providerUserId,
        List<String> clientUserIds,
        @Schema(enumeration = {"MasculineHim", "FeminineHer", "NeutralThem"}) String clientPronouns,
        String partnerAppointmentId,
        @Schema(description = "When the session was created; never changes") Instant sessionCreatedAt,
        @Schema(enumeration = {"InProgress", "Processing", "Done", "Error"}) String state,
        SessionError error,
        Progress progress,
        @Schema(enumeration = {"Text", "Recording"}) String inputType,
        @Schema(enumeration = {"DictatedNotes", "Recording"}) String recordingContent,
        @Schema(description = "The generated note, once the session is Done") NoteView note) {

    @Schema(name = "SessionError")
    public record SessionError(
            @Schema(example = "low-content-transcript", description = "low-content-transcript, file-conversion-failed, "
                    + "processing-failed, unsupported-input") String code,
            String message) {
    }

    @Schema(name = "SessionProgress")
    public record Progress(@Schema(enumeration = {"queued", "transcribing", "writing_note", "done", "failed"}) String step,
                           @Schema(description = "When the session entered its current state") Instant stateSince,
                           long secondsInState) {
    }

    @Schema(name = "Note")
    public record NoteView(String template, String title,
                           @Schema(enumeration = {"clinician_notes", "conversation"}) String inputShape,
                           List<SectionView> sections, List<RiskFinding> risk, List<PlanLink> treatmentPlan,
                           @Schema(description = "The whole note as Markdown") String markdown,
                           @Schema(description = "The whole note as plain text, ready to paste into an EHR") String plainText) {
        static NoteView of(NoteDocument d) {
            return new NoteView(d.template(), d.title(), d.inputShape(),
                    d.sections().stream().map(s -> new SectionView(s.key(), s.title(), s.text(), s.sentences())).toList(),
                    d.risks(), d.treatmentPlan(), NoteRendering.markdown(d), NoteRendering.plainText(d));
        }
    }

    @Schema(name = "NoteSection")
    public record SectionView(String key, String title, String text,
                              @Schema(description = "Each sentence with the spans of the input it rests on") List<NoteSentence> sentences) {
    }

    static SessionView of(TherapySession s, Optional<NoteDocument> note) {
        Instant since = s.stateChangedAt() == null ? s.createdAt() : s.stateChangedAt();
        return new SessionView(s.id(), s.sessionType().name(), s.date(), s.providerId(),
                s.clientId() == null ? List.of() : List.of(s.clientId()),
                s.clientPronouns() == null ? null : s.clientPronouns().name(),
                s.partnerAppointmentId(), s.createdAt(), s.state().name(),
                s.errorCode() == null ? null : new SessionError(s.errorCode(), s.errorMessage()),
                new Progress(s.step().name(), since, Math.max(0, Duration.between(since, Instant.now()).toSeconds())),
                s.inputKind().name(), s.recordingContent() == null ? null : s.recordingContent().name(),
                note.map(NoteView::of).orElse(null));
    }
}
