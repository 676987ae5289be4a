package io.notewell.recording.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ws.schild.jave.EncoderException;
import ws.schild.jave.MultimediaObject;
import ws.schild.jave.info.MultimediaInfo;
import ws.schild.jave.process.ProcessLocator;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * Decodes any recording ffmpeg can read (WAV, MP3, M4A/MP4-AAC, FLAC, OGG/Opus, WebM ...) to 16 kHz signed
 * 16-bit little-endian PCM, streamed: ffmpeg is the native build JAVE2 ships through Maven, run as a child
 * process whose output is read as it is produced, so a recording of any length needs a fixed buffer.
 */
public final class AudioDecoder {

    public static final int SAMPLE_RATE = 16_000;
    public static final int BYTES_PER_SAMPLE = 2;

    /** The file holds no audio ffmpeg can decode. */
    public static final class Undecodable extends Exception {
        public Undecodable(String message) {
            super(message, null, false, false);
        }
    }

    /** What a probe found: channels of the first audio stream and the duration ffmpeg reports (ms, -1 unknown). */
    public record Probe(int channels, long durationMs) {
    }

    private final ProcessLocator ffmpeg;

    public AudioDecoder(ProcessLocator ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** With the ffmpeg binary bundled in JAVE2's native jar (unpacked to the temporary directory on first use). */
    public static AudioDecoder bundled() {
        return new AudioDecoder(new DefaultFFMPEGLocator());
    }

    public Probe probe(Path file) throws Undecodable {
        MultimediaInfo info;
        try {
            info = new MultimediaObject(file.toFile(), ffmpeg).getInfo();
        } catch (EncoderException | RuntimeException e) {
            throw new Undecodable("not a recording ffmpeg can read");
        }
        if (info == null || info.getAudio() == null) {
            throw new Undecodable("has no audio stream");
        }
        return new Probe(Math.max(1, info.getAudio().getChannels()), info.getDuration());
    }

    /**
     * Opens the decoded stream with {@code channels} interleaved channels (1 downmixes). Closing it after the
     * end of the stream throws {@link Undecodable} when ffmpeg failed part-way.
     */
    public Pcm open(Path file, int channels) throws IOException {
        List<String> command = List.of(ffmpeg.getExecutablePath(), "-nostdin", "-hide_banner", "-loglevel", "error",
                "-i", file.toString(), "-vn", "-sn", "-dn", "-map", "0:a:0", "-ac", Integer.toString(channels),
                "-ar", Integer.toString(SAMPLE_RATE), "-acodec", "pcm_s16le", "-f", "s16le", "pipe:1");
        // stderr may name the file's metadata (titles, names): it is discarded, the exit code tells failure
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        return new Pcm(process, channels);
    }

    /** A decoded stream; {@link #finish()} reports whether ffmpeg decoded the whole file. */
    public static final class Pcm extends FilterInputStream {
        private final Process process;
        private final int channels;

        Pcm(Process process, int channels) {
            super(process.getInputStream());
            this.process = process;
            this.channels = channels;
        }

        public int channels() {
            return channels;
        }

        /** Waits for ffmpeg after the end of the stream; throws when it failed. */
        public void finish() throws Undecodable, IOException {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IOException("ffmpeg did not exit after its output ended");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for ffmpeg", e);
            }
            if (process.exitValue() != 0) {
                throw new Undecodable("could not be decoded (ffmpeg exit " + process.exitValue() + ")");
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** Reads {@code buffer.length} bytes unless the stream ends first (short reads would misalign samples). */
    static int fill(InputStream in, byte[] buffer) throws IOException {
        return in.readNBytes(buffer, 0, buffer.length);
    }
}
