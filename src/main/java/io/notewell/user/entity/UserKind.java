package io.notewell.user.entity;

public enum UserKind {
    Provider, Client
}
