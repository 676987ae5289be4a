package io.notewell.problem;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code notewell.http.max-body-bytes} (default 4 MiB: the largest valid create
 * request, 500,000 characters of text and a 100,000-character plan, fits) with 413, before they are read
 * into memory: by the declared length, or while reading a body sent without one.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "notewell.http.max-body-bytes", defaultValue = "4194304")
    long maximum;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maximum) {
            throw tooLarge();
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), maximum));
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "Request bodies are limited to " + maximum + " bytes",
                List.of(), Map.of());
    }

    /** Counts what is read and stops at the limit. */
    private final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge();
            }
        }
    }
}
