package io.notewell.user.entity;

/** How a note speaks of the client. */
public enum Pronouns {
    MasculineHim("he", "him", "his"),
    FeminineHer("she", "her", "her"),
    NeutralThem("they", "them", "their");

    private final String subject;
    private final String object;
    private final String possessive;

    Pronouns(String subject, String object, String possessive) {
        this.subject = subject;
        this.object = object;
        this.possessive = possessive;
    }

    public String subject() {
        return subject;
    }

    public String object() {
        return object;
    }

    public String possessive() {
        return possessive;
    }
}
