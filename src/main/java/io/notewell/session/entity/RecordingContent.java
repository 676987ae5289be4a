package io.notewell.session.entity;

/** What a recording holds: the clinician dictating about the session, or the session itself. */
public enum RecordingContent {
    DictatedNotes, Recording
}
