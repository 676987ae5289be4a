package io.notewell.session.boundary;

import io.notewell.recording.control.TranscriptText;
import io.notewell.recording.entity.Transcript;
import io.notewell.session.entity.RecordingContent;
import io.notewell.note.boundary.Notes;
import io.notewell.note.control.NoteRendering;
import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSentence;
import io.notewell.note.entity.PlanLink;
import io.notewell.note.entity.RiskFinding;
import io.notewell.session.entity.SessionSummary;
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
        @Schema(description = "Length of the recording in milliseconds, once it is transcribed") Long recordingDurationMs,
        @Schema(description = "A short-lived URL to listen to the (first) recording") String recordingUrl,
        @Schema(description = "Short-lived URLs to listen to each recording file, in order") List<String> recordingUrls,
        @Schema(description = "What was said, once the recording is transcribed") TranscriptView transcript,
        @Schema(description = "The generated note, once the session is Done") NoteView note) {

    @Schema(name = "Transcript")
    public record TranscriptView(
            @Schema(description = "The transcript as the note engine read it, one line per utterance; the note's evidence "
                    + "spans (start, end) are character offsets into this text") String text,
            @Schema(description = "2 when each speaker had a channel of a stereo recording") int channels,
            List<SegmentView> segments) {
        static TranscriptView of(Transcript t, boolean dictation) {
            TranscriptText.Rendered rendered = TranscriptText.render(t, dictation);
            List<SegmentView> segments = new java.util.ArrayList<>(t.segments().size());
            for (int i = 0; i < t.segments().size(); i++) {
                Transcript.Segment s = t.segments().get(i);
                segments.add(new SegmentView(s.speaker(), s.text(), s.start(), s.end(), rendered.spans()[i][0], rendered.spans()[i][1]));
            }
            return new TranscriptView(rendered.text(), t.channels(), segments);
        }
    }

    @Schema(name = "TranscriptSegment")
    public record SegmentView(
            @Schema(enumeration = {"clinician", "client", "unknown"},
                    description = "clinician and client when each had a channel of a stereo recording; unknown otherwise") String speaker,
            @Schema(description = "The words as recognised") String text,
            @Schema(description = "Start, in milliseconds from the beginning of the recording") long start,
            @Schema(description = "End, in milliseconds from the beginning of the recording") long end,
            @Schema(description = "Where the utterance is in the transcript text") int textStart,
            int textEnd) {
    }

    /** What a recording session adds to the view. */
    record RecordingParts(List<String> listenUrls, Optional<Transcript> transcript) {
        static final RecordingParts NONE = new RecordingParts(List.of(), Optional.empty());
    }

    @Schema(name = "SessionError")
    public record SessionError(
            @Schema(example = "low-content-transcript", description = "low-content-transcript, file-conversion-failed, "
                    + "processing-failed; with a remote engine also engine-unavailable (it could not be reached within the "
                    + "configured wait), note-generation-failed (its answers were never a usable note), transcription-failed")
            String code,
            String message) {
    }

    @Schema(name = "SessionProgress")
    public record Progress(@Schema(enumeration = {"queued", "transcribing", "writing_note", "waiting_for_engine", "done",
            "failed"}) String step,
                           @Schema(description = "When the session entered its current state") Instant stateSince,
                           long secondsInState,
                           @Schema(description = "While waiting_for_engine (a remote engine could not answer): when the next "
                                   + "attempt is due") Instant retryAt) {
    }

    @Schema(name = "Note")
    public record NoteView(String template, String title,
                           @Schema(description = "The engine that wrote the note: notewell-extractive-1 (built in) or "
                                   + "openai-compatible:<model>") String engine,
                           @Schema(enumeration = {"clinician_notes", "conversation"}) String inputShape,
                           List<SectionView> sections, List<RiskFinding> risk, List<PlanLink> treatmentPlan,
                           @Schema(description = "The whole note as Markdown") String markdown,
                           @Schema(description = "The whole note as plain text, ready to paste into an EHR") String plainText) {
        static NoteView of(Notes.Stored stored) {
            NoteDocument d = stored.document();
            return new NoteView(d.template(), d.title(), stored.engine(), d.inputShape(),
                    d.sections().stream().map(s -> new SectionView(s.key(), s.title(), s.text(), s.sentences())).toList(),
                    d.risks(), d.treatmentPlan(), NoteRendering.markdown(d), NoteRendering.plainText(d));
        }
    }

    @Schema(name = "NoteSection")
    public record SectionView(String key, String title, String text,
                              @Schema(description = "Each sentence with the spans of the input it rests on") List<NoteSentence> sentences) {
    }

    static SessionView of(SessionSummary s, Optional<Notes.Stored> note) {
        return of(s, note, RecordingParts.NONE);
    }

    static SessionView of(SessionSummary s, Optional<Notes.Stored> note, RecordingParts recording) {
        Instant since = s.stateChangedAt() == null ? s.createdAt() : s.stateChangedAt();
        return new SessionView(s.id(), s.sessionType().name(), s.date(), s.providerId(),
                s.clientId() == null ? List.of() : List.of(s.clientId()),
                s.clientPronouns() == null ? null : s.clientPronouns().name(),
                s.partnerAppointmentId(), s.createdAt(), s.state().name(),
                s.errorCode() == null ? null : new SessionError(s.errorCode(), s.errorMessage()),
                new Progress(s.step().name(), since, Math.max(0, Duration.between(since, Instant.now()).toSeconds()), s.retryAt()),
                s.inputKind().name(), s.recordingContent() == null ? null : s.recordingContent().name(),
                s.recordingDurationMs(),
                recording.listenUrls().isEmpty() ? null : recording.listenUrls().get(0),
                recording.listenUrls().isEmpty() ? null : recording.listenUrls(),
                recording.transcript().map(t -> TranscriptView.of(t, s.recordingContent() == RecordingContent.DictatedNotes)).orElse(null),
                note.map(NoteView::of).orElse(null));
    }
}
