package io.notewell.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The directory that holds all state of the embedded defaults ({@code NOTEWELL_DATA_DIR}, default {@code ./data}). */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "notewell.data.dir", defaultValue = "./data")
    String location;

    public Path root() {
        Path root = Path.of(location).toAbsolutePath().normalize();
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + root, e);
        }
    }

    /** Writes a file readable by its owner only; replaces what was there. */
    public Path writePrivate(String name, String content) {
        Path file = root().resolve(name);
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * A 32-byte secret (base64) kept in {@code name} in this directory, generated on first use. For keys that
     * a single instance may invent; several instances sharing a database must be given the key by configuration.
     */
    public synchronized String generatedSecret(String name) {
        Path file = root().resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        byte[] fresh = new byte[32];
        new java.security.SecureRandom().nextBytes(fresh);
        String encoded = java.util.Base64.getEncoder().encodeToString(fresh);
        writePrivate(name, encoded + "\n");
        return encoded;
    }
}
