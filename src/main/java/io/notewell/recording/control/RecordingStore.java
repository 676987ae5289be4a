package io.notewell.recording.control;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where recordings are uploaded and read back: one port, an adapter per kind of storage (a local directory
 * with upload URLs Notewell signs itself, or an S3 bucket with SigV4 pre-signed URLs). Objects are named by
 * a key {@code <partnerId>/<objectId>}, so that a URL handed to one partner names nothing of another's.
 */
public interface RecordingStore {

    /** A pre-signed upload: PUT the file to {@code uploadUrl} before {@code expiresAt}; then pass {@code recordingUrl}. */
    record Upload(URI uploadUrl, String recordingUrl, Instant expiresAt, long maxBytes) {
    }

    String kind();

    /** {@code requestBase}: where the caller reached this server, for stores that serve their own URLs. */
    Upload newUpload(String partnerId, Duration validFor, URI requestBase);

    /** The key of the object {@code url} names, when it names one of this store's objects. */
    Optional<String> keyOf(URI url);

    boolean exists(String key);

    /** A local file holding the object: the object itself when it is local, otherwise a copy in {@code scratch}. */
    Path localCopy(String key, Path scratch) throws IOException;

    /** A short-lived URL to listen to the object. */
    URI listenUrl(String key, Duration validFor, URI requestBase);

    static String key(String partnerId, String objectId) {
        return partnerId + "/" + objectId;
    }

    static boolean belongsTo(String key, String partnerId) {
        return key.startsWith(partnerId + "/");
    }
}
