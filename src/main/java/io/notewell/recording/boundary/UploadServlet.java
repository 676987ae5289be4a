package io.notewell.recording.boundary;

import io.notewell.problem.FieldError;
import io.notewell.problem.ProblemType;
import io.notewell.problem.Problems;
import io.notewell.recording.control.LocalRecordingStore;
import io.notewell.recording.control.UploadSignature;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The local store's pre-signed URLs: {@code PUT} uploads one recording (no API key; the URL's signature and
 * expiry are the authorisation), {@code GET} plays it back through a listen URL. A servlet rather than a
 * JAX-RS resource: the body is streamed to disk, never held in memory, and the API's 4 MiB body limit does
 * not apply; the upload limit does.
 */
@WebServlet(urlPatterns = "/uploads/*")
public class UploadServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(UploadServlet.class.getName());

    @Inject
    Recordings recordings;

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> key = authorised("PUT", request, response);
        if (key.isEmpty()) {
            return;
        }
        LocalRecordingStore store = recordings.local().orElseThrow();
        if (request.getContentLengthLong() > store.maxBytes()) {
            problem(response, request, ProblemType.PAYLOAD_TOO_LARGE, "Recordings are limited to " + store.maxBytes() + " bytes");
            return;
        }
        try (InputStream body = request.getInputStream()) {
            long size = store.receive(key.get(), body);
            LOG.info(() -> "Recording uploaded: " + size + " bytes");
            response.setStatus(HttpServletResponse.SC_CREATED);
            response.setContentType("application/json");
            response.getWriter().write("{\"size\":" + size + "}");
        } catch (LocalRecordingStore.UploadRefused refused) {
            if (refused.reason() == LocalRecordingStore.Refusal.TOO_LARGE) {
                problem(response, request, ProblemType.PAYLOAD_TOO_LARGE, "Recordings are limited to " + store.maxBytes()
                        + " bytes; nothing was stored");
            } else {
                problem(response, request, ProblemType.RECORDING_EXISTS,
                        "This upload URL was used already; ask /recording-url for a new one");
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> key = authorised("GET", request, response);
        if (key.isEmpty()) {
            return;
        }
        Path file = recordings.local().orElseThrow().file(key.get());
        if (!Files.isRegularFile(file)) {
            problem(response, request, ProblemType.NOT_FOUND, "No recording at this URL");
            return;
        }
        response.setContentType("application/octet-stream");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(Files.size(file));
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file, out);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "GET, PUT");
        problem(response, request, ProblemType.METHOD_NOT_ALLOWED, "Upload with PUT to the URL /recording-url gave");
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doPost(request, response);
    }

    /** The object key when the URL is well formed, signed for {@code method} and not expired; otherwise answers. */
    private Optional<String> authorised(String method, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (recordings.local().isEmpty()) {
            problem(response, request, ProblemType.NOT_FOUND, "This server stores recordings in S3; upload to the URL /recording-url gave");
            return Optional.empty();
        }
        Optional<String> key = LocalRecordingStore.keyOfPath(request.getRequestURI().substring(request.getContextPath().length()));
        if (key.isEmpty()) {
            problem(response, request, ProblemType.NOT_FOUND, "No upload at this path");
            return Optional.empty();
        }
        UploadSignature.Verdict verdict = recordings.local().get().check(method, key.get(), request.getParameter("expires"),
                request.getParameter("signature"));
        switch (verdict) {
            case VALID:
                return key;
            case EXPIRED:
                problem(response, request, ProblemType.UPLOAD_URL_EXPIRED, "This URL expired; ask /recording-url for a new one");
                return Optional.empty();
            default:
                problem(response, request, ProblemType.UPLOAD_URL_INVALID,
                        "The signature does not match this URL and method; use the URL exactly as /recording-url gave it");
                return Optional.empty();
        }
    }

    private static void problem(HttpServletResponse response, HttpServletRequest request, ProblemType type, String detail)
            throws IOException {
        response.setStatus(type.status());
        response.setContentType(Problems.MEDIA_TYPE);
        response.getWriter().write(Problems.json(type, detail, List.<FieldError>of(), request.getRequestURI()));
    }
}
