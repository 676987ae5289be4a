package io.notewell.recording.boundary;

import io.notewell.platform.DataDirectory;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.FieldError;
import io.notewell.recording.control.LocalRecordingStore;
import io.notewell.recording.control.RecordingStore;
import io.notewell.recording.control.RecordingUrlPolicy;
import io.notewell.recording.control.RemoteRecording;
import io.notewell.recording.control.S3RecordingStore;
import io.notewell.recording.control.UploadSignature;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recording storage as configured ({@code notewell.storage.kind}: {@code local}, the default, or {@code s3}),
 * and the rules for which URLs a session may name. Also fetches a recording for the worker: a local object
 * is read in place, an S3 object or an allow-listed https URL is streamed to a scratch file.
 */
@ApplicationScoped
public class Recordings {

    private static final Logger LOG = Logger.getLogger(Recordings.class.getName());
    static final String SIGNING_KEY_FILE = "upload-signing.key";

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "notewell.storage.kind", defaultValue = "local")
    String kind;

    @Inject
    @ConfigProperty(name = "notewell.storage.public-url")
    Optional<URI> publicUrl;

    @Inject
    @ConfigProperty(name = "notewell.storage.upload-signing-key")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "notewell.storage.upload-ttl-seconds", defaultValue = "3600")
    long uploadTtlSeconds;

    @Inject
    @ConfigProperty(name = "notewell.storage.listen-ttl-seconds", defaultValue = "900")
    long listenTtlSeconds;

    @Inject
    @ConfigProperty(name = "notewell.storage.max-upload-bytes", defaultValue = "2147483648")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "notewell.storage.s3.bucket")
    Optional<String> bucket;

    @Inject
    @ConfigProperty(name = "notewell.storage.s3.region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "notewell.storage.s3.endpoint")
    Optional<URI> endpoint;

    @Inject
    @ConfigProperty(name = "notewell.storage.s3.path-style", defaultValue = "false")
    boolean pathStyle;

    @Inject
    @ConfigProperty(name = "notewell.storage.s3.access-key-id")
    Optional<String> accessKeyId;

    @Inject
    @ConfigProperty(name = "notewell.storage.s3.secret-access-key")
    Optional<String> secretAccessKey;

    @Inject
    @ConfigProperty(name = "notewell.recordings.allowed-hosts")
    Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "notewell.recordings.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;

    private RecordingStore store;
    private RecordingUrlPolicy policy;
    private RemoteRecording remote;

    @PostConstruct
    void configure() {
        store = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "local" -> new LocalRecordingStore(dataDirectory.root().resolve("recordings"), publicUrl.orElse(null),
                    new UploadSignature(signingKey.orElseGet(() -> dataDirectory.generatedSecret(SIGNING_KEY_FILE))), maxUploadBytes);
            case "s3" -> new S3RecordingStore(new S3RecordingStore.Settings(bucket.orElseThrow(
                    () -> new IllegalStateException("notewell.storage.s3.bucket is required when notewell.storage.kind=s3")),
                    region, endpoint, pathStyle, accessKeyId, secretAccessKey, maxUploadBytes));
            default -> throw new IllegalStateException("notewell.storage.kind must be local or s3, not " + kind);
        };
        Set<String> hosts = Set.copyOf(Arrays.stream(allowedHosts.orElse("").split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList());
        policy = RecordingUrlPolicy.of(store, hosts, allowPrivateAddresses);
        remote = new RemoteRecording(maxUploadBytes);
        LOG.info(() -> "Recording storage: " + store.kind() + (hosts.isEmpty() ? "" : ", remote recording hosts " + hosts));
    }

    @PreDestroy
    void close() {
        if (store instanceof S3RecordingStore s3) {
            s3.close();
        }
    }

    public RecordingStore.Upload newUpload(String partnerId, URI requestBase) {
        return store.newUpload(partnerId, Duration.ofSeconds(uploadTtlSeconds), requestBase);
    }

    /** Checks the URLs of a create request; a refusal names the offending element. */
    public void check(List<String> urls, String partnerId, String field) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            RecordingUrlPolicy.Verdict verdict = policy.check(urls.get(i), partnerId);
            if (!verdict.accepted()) {
                errors.add(new FieldError(field + "[" + i + "]", verdict.refusal()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    /**
     * A local file with the recording {@code url} names, checked again against the rules (the configuration
     * or the host's addresses may have changed since the session was created).
     */
    public Path localCopy(String url, String partnerId, Path scratch) throws IOException {
        RecordingUrlPolicy.Verdict verdict = policy.check(url, partnerId);
        if (!verdict.accepted()) {
            throw new RefusedSource(verdict.refusal());
        }
        if (verdict.source() instanceof RecordingUrlPolicy.Stored stored) {
            return store.localCopy(stored.key(), scratch);
        }
        try {
            return remote.download(((RecordingUrlPolicy.Remote) verdict.source()).url(), scratch);
        } catch (RemoteRecording.Refused refused) {
            throw new RefusedSource(refused.getMessage());
        }
    }

    /** A short-lived URL to listen to the recording {@code url} names; the URL itself when it is a remote one. */
    public Optional<URI> listenUrl(String url, String partnerId, URI requestBase) {
        try {
            URI uri = new URI(url);
            return store.keyOf(uri).filter(key -> RecordingStore.belongsTo(key, partnerId))
                    .map(key -> store.listenUrl(key, Duration.ofSeconds(listenTtlSeconds), requestBase))
                    .or(() -> Optional.of(uri));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Optional<LocalRecordingStore> local() {
        return store instanceof LocalRecordingStore local ? Optional.of(local) : Optional.empty();
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** A recording URL that the rules no longer allow: the session cannot be processed from it. */
    public static final class RefusedSource extends IOException {
        public RefusedSource(String why) {
            super(why);
        }
    }
}
