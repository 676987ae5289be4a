package io.notewell.note.control;

import io.notewell.session.entity.SessionType;
import io.notewell.user.entity.Pronouns;

/** Prints notes for a reader to judge: mvn -q exec... or run from the IDE. Not a test. */
final class NotePreview {
    public static void main(String[] args) {
        var engine = Engines.engine();
        long t0 = System.nanoTime();
        var note = engine.write(new ExtractiveNoteEngine.Request(Engines.session(args[0]), SessionType.valueOf(args[1]),
                false, Pronouns.FeminineHer, "Therapist", args.length > 2 ? Engines.session(args[2]) : null));
        System.out.println(NoteRendering.markdown(note));
        System.out.println("took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
