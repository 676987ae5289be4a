package io.notewell.user.entity;

/** How a note names the provider. */
public enum NoteIdentifier {
    Therapist, Clinician, Coach, FirstName, DrLastName, Provider, Physician, Practitioner, Author, Writer,
    Counselor, Psychologist, PeerSupportSpecialist, CaseManager, Supervisor, Dietitian
}
