package io.notewell.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Writes the operator public key before any test class starts a server that reads it. */
public class TestKeysSession implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        OperatorKeys.ensureWritten();
    }
}
