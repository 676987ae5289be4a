package io.notewell.recording.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded default: recordings in a local directory, uploaded to Notewell itself at
 * {@code <public URL>/uploads/<partnerId>/<objectId>?expires=..&signature=..}. A finished object is never
 * overwritten; a partial upload never becomes visible.
 */
public final class LocalRecordingStore implements RecordingStore {

    public static final String PATH_PREFIX = "/uploads/";
    private static final Pattern OBJECT_PATH = Pattern.compile(
            "/uploads/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /** Why an upload was refused. */
    public enum Refusal { OBJECT_EXISTS, TOO_LARGE }

    public static final class UploadRefused extends Exception {
        private final Refusal reason;

        UploadRefused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private final Path root;
    private final URI publicUrl;
    private final UploadSignature signature;
    private final long maxBytes;

    public LocalRecordingStore(Path root, URI publicUrl, UploadSignature signature, long maxBytes) {
        this.root = root;
        this.publicUrl = publicUrl;
        this.signature = signature;
        this.maxBytes = maxBytes;
    }

    @Override
    public String kind() {
        return "local";
    }

    @Override
    public Upload newUpload(String partnerId, Duration validFor, URI requestBase) {
        String key = RecordingStore.key(partnerId, UUID.randomUUID().toString());
        Instant expires = Instant.now().plus(validFor);
        URI url = signed("PUT", key, expires, requestBase);
        return new Upload(url, url.toString(), expires, maxBytes);
    }

    @Override
    public Optional<String> keyOf(URI url) {
        if (url.getPath() == null || url.getScheme() == null || !url.getScheme().matches("(?i)https?")) {
            return Optional.empty();
        }
        if (publicUrl != null && !sameOrigin(url, publicUrl)) {
            return Optional.empty();
        }
        Matcher m = OBJECT_PATH.matcher(url.getPath());
        return m.matches() ? Optional.of(RecordingStore.key(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The key named by a request path under {@code /uploads/}, if it is well formed. */
    public static Optional<String> keyOfPath(String path) {
        Matcher m = OBJECT_PATH.matcher(path == null ? "" : path);
        return m.matches() ? Optional.of(RecordingStore.key(m.group(1), m.group(2))) : Optional.empty();
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(file(key));
    }

    @Override
    public Path localCopy(String key, Path scratch) {
        return file(key);
    }

    @Override
    public URI listenUrl(String key, Duration validFor, URI requestBase) {
        return signed("GET", key, Instant.now().plus(validFor), requestBase);
    }

    public UploadSignature.Verdict check(String method, String key, String expires, String sig) {
        return signature.check(method, key, expires, sig, Instant.now());
    }

    public Path file(String key) {
        return root.resolve(key);
    }

    /**
     * Streams {@code body} into the object: to a temporary file first, moved into place only when complete and
     * within the size limit; a second upload to a finished object is refused. Returns the bytes written.
     */
    public long receive(String key, InputStream body) throws IOException, UploadRefused {
        Path target = file(key);
        if (Files.exists(target)) {
            throw new UploadRefused(Refusal.OBJECT_EXISTS);
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
        try {
            long written = 0;
            byte[] buffer = new byte[64 * 1024];
            try (var out = Files.newOutputStream(partial)) {
                int n;
                while ((n = body.read(buffer)) > 0) {
                    written += n;
                    if (written > maxBytes) {
                        throw new UploadRefused(Refusal.TOO_LARGE);
                    }
                    out.write(buffer, 0, n);
                }
            }
            try {
                // a hard link appears atomically and never replaces: of two racing uploads, one wins whole
                Files.createLink(target, partial);
            } catch (FileAlreadyExistsException raced) {
                throw new UploadRefused(Refusal.OBJECT_EXISTS);
            }
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** URLs carry the configured public URL, or the origin the caller reached this server at. */
    private URI signed(String method, String key, Instant expires, URI requestBase) {
        long epoch = expires.getEpochSecond();
        URI origin = publicUrl != null ? publicUrl : requestBase.resolve("/");
        String base = origin.toString().replaceAll("/+$", "");
        return URI.create(base + PATH_PREFIX + key + "?expires=" + epoch + "&signature=" + signature.sign(method, key, epoch));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
