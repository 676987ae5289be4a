package io.notewell.recording.control;

import java.io.IOException;
import java.io.InputStream;

/** The synthetic test recordings under {@code src/test/resources/recordings}. */
final class TranscriptionTestFiles {

    private TranscriptionTestFiles() {
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = TranscriptionTestFiles.class.getResourceAsStream("/recordings/" + name)) {
            return in.readAllBytes();
        }
    }
}
