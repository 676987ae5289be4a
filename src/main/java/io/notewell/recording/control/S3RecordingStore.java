package io.notewell.recording.control;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Recordings in an S3 bucket (AWS or any S3-compatible store): uploads through SigV4 pre-signed PUT URLs
 * from the SDK's {@link S3Presigner}, reads through the SDK. The URL to pass in {@code recordingUrls} is
 * {@code s3://<bucket>/<key>}; the pre-signed URL itself and the object's https URL are accepted too.
 */
public final class S3RecordingStore implements RecordingStore, AutoCloseable {

    /** How to reach the bucket. {@code endpoint} empty for AWS itself; credentials empty for the SDK's default chain. */
    public record Settings(String bucket, String region, Optional<URI> endpoint, boolean pathStyle,
                           Optional<String> accessKeyId, Optional<String> secretAccessKey, long maxBytes) {
    }

    private final Settings settings;
    private final S3Client client;
    private final S3Presigner presigner;

    public S3RecordingStore(Settings settings) {
        this.settings = settings;
        AwsCredentialsProvider credentials = settings.accessKeyId().isPresent() && settings.secretAccessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId().get(), settings.secretAccessKey().get()))
                : DefaultCredentialsProvider.builder().build();
        S3Configuration style = S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build();
        var clientBuilder = S3Client.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .serviceConfiguration(style).httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)));
        var presignerBuilder = S3Presigner.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .serviceConfiguration(style);
        settings.endpoint().ifPresent(e -> {
            clientBuilder.endpointOverride(e);
            presignerBuilder.endpointOverride(e);
        });
        this.client = clientBuilder.build();
        this.presigner = presignerBuilder.build();
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public Upload newUpload(String partnerId, Duration validFor, URI requestBase) {
        String key = RecordingStore.key(partnerId, UUID.randomUUID().toString());
        var presigned = presigner.presignPutObject(p -> p.signatureDuration(validFor)
                .putObjectRequest(r -> r.bucket(settings.bucket()).key(key)));
        Instant expires = presigned.expiration();
        return new Upload(URI.create(presigned.url().toString()), "s3://" + settings.bucket() + "/" + key, expires,
                settings.maxBytes());
    }

    @Override
    public Optional<String> keyOf(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String bucket = settings.bucket().toLowerCase(Locale.ROOT);
        if (scheme.equals("s3")) {
            return host.equals(bucket) ? key(path.substring(Math.min(1, path.length()))) : Optional.empty();
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        if (settings.endpoint().isPresent()) {
            URI endpoint = settings.endpoint().get();
            String endpointHost = endpoint.getHost().toLowerCase(Locale.ROOT);
            if (!scheme.equalsIgnoreCase(endpoint.getScheme()) || port(url) != port(endpoint)) {
                return Optional.empty();
            }
            if (host.equals(endpointHost) && path.startsWith("/" + settings.bucket() + "/")) {
                return key(path.substring(settings.bucket().length() + 2));
            }
            return host.equals(bucket + "." + endpointHost) ? key(path.substring(1)) : Optional.empty();
        }
        if (!scheme.equals("https") || !host.endsWith(".amazonaws.com")) {
            return Optional.empty();
        }
        if (host.startsWith(bucket + ".s3")) {
            return key(path.substring(1));
        }
        if (host.startsWith("s3.") || host.startsWith("s3-")) {
            return path.startsWith("/" + settings.bucket() + "/") ? key(path.substring(settings.bucket().length() + 2)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> key(String rawKey) {
        String key = URLDecoder.decode(rawKey.replace("+", "%2B"), StandardCharsets.UTF_8);
        return key.isBlank() || key.contains("..") ? Optional.empty() : Optional.of(key);
    }

    @Override
    public boolean exists(String key) {
        try {
            client.headObject(r -> r.bucket(settings.bucket()).key(key));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Path localCopy(String key, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        Path copy = Files.createTempFile(scratch, "recording-", ".download");
        Files.delete(copy);
        client.getObject(r -> r.bucket(settings.bucket()).key(key), ResponseTransformer.toFile(copy));
        return copy;
    }

    @Override
    public URI listenUrl(String key, Duration validFor, URI requestBase) {
        return URI.create(presigner.presignGetObject(p -> p.signatureDuration(validFor)
                .getObjectRequest(r -> r.bucket(settings.bucket()).key(key))).url().toString());
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
