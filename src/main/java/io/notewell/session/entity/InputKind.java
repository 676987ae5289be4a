package io.notewell.session.entity;

/** Which input a session was created from. */
public enum InputKind {
    Text, Recording
}
