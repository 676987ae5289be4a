package io.notewell.recording.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Fetches a recording from an allow-listed https URL into a scratch file: streamed, never more than the
 * size limit, redirects not followed (a redirect could lead anywhere the allow-list was meant to keep out).
 */
public final class RemoteRecording {

    /** The remote answered, but not with a recording Notewell may use: a message for the partner. */
    public static final class Refused extends IOException {
        public Refused(String why) {
            super(why);
        }
    }

    private final HttpClient http;
    private final long maxBytes;

    public RemoteRecording(long maxBytes) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        this.maxBytes = maxBytes;
    }

    public Path download(URI url, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        Path file = Files.createTempFile(scratch, "recording-", ".download");
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(10)).GET().header("User-Agent", "Notewell").build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status / 100 == 3) {
                    throw new Refused("redirects elsewhere (HTTP " + status + "); name the final URL");
                }
                if (status == 404 || status == 410 || status == 401 || status == 403) {
                    throw new Refused("could not be fetched (HTTP " + status + ")");
                }
                if (status / 100 != 2) {
                    throw new IOException("fetching a recording answered HTTP " + status);
                }
                long written = 0;
                byte[] buffer = new byte[64 * 1024];
                try (var out = Files.newOutputStream(file)) {
                    for (int n; (n = body.read(buffer)) > 0; ) {
                        written += n;
                        if (written > maxBytes) {
                            throw new Refused("is larger than " + maxBytes + " bytes");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
            return file;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Files.deleteIfExists(file);
            throw new IOException("interrupted while fetching a recording", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
