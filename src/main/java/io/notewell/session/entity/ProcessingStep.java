package io.notewell.session.entity;

/** Where processing of a session is, for the {@code progress} a partner sees. */
public enum ProcessingStep {
    queued, transcribing, writing_note, waiting_for_engine, done, failed
}
