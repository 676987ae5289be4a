package io.notewell.session.entity;

/** The note formats of the contract. Each maps to one note template; couple formats are not processed yet. */
public enum SessionType {
    Intake, Standard, Soap, Dap, Girp, Birp, Mse, Emdr, PsychiatricSoap, PsychiatricIntake,
    CoupleStandard, CoupleSoap, CoupleDap, GpSoap, Bps, HeadwaySoap;

    public boolean isCouple() {
        return name().startsWith("Couple");
    }

    /** Whether the engines can write a note of this type today. */
    public boolean isSupported() {
        return !isCouple();
    }
}
