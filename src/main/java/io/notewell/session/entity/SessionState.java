package io.notewell.session.entity;

/** Where a session is in its life. Names as the contract spells them. */
public enum SessionState {
    InProgress, Processing, Done, Error
}
