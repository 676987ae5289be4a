package io.notewell.recording.control;

import io.notewell.recording.entity.Transcript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the files of a recording, in order, into one transcript: each file is probed and decoded as a stream
 * and its audio fed to the speech engine, with times continuing across files. A stereo file whose channels
 * differ is taken as one speaker per channel (telehealth recorders put the clinician on the first, the
 * client on the second, as AWS HealthScribe's channel identification assumes) and its two channels are
 * transcribed separately and merged by time; a mono file, or stereo with the same audio on both channels,
 * is one stream whose speaker is unknown.
 */
public final class Transcription {

    /** A file of the recording could not be decoded; {@code index} counts from 0. */
    public static final class FileUndecodable extends Exception {
        private final int index;

        FileUndecodable(int index, String why) {
            super("recording file " + (index + 1) + " " + why, null, false, false);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    static final int CHUNK_SAMPLES = 4_000;
    /** Seconds of stereo audio compared before deciding whether the channels carry different speakers. */
    static final int CHANNEL_CHECK_SECONDS = 10;

    private final AudioDecoder decoder;
    private final SpeechEngine engine;
    private final String firstChannelSpeaker;
    private final String secondChannelSpeaker;

    public Transcription(AudioDecoder decoder, SpeechEngine engine, String firstChannelSpeaker, String secondChannelSpeaker) {
        this.decoder = decoder;
        this.engine = engine;
        this.firstChannelSpeaker = firstChannelSpeaker;
        this.secondChannelSpeaker = secondChannelSpeaker;
    }

    public Transcript transcribe(List<Path> files) throws FileUndecodable, IOException {
        List<Transcript.Segment> segments = new ArrayList<>();
        long offsetMs = 0;
        int channelsUsed = 1;
        for (int i = 0; i < files.size(); i++) {
            AudioDecoder.Probe probe;
            try {
                probe = decoder.probe(files.get(i));
            } catch (AudioDecoder.Undecodable e) {
                throw new FileUndecodable(i, e.getMessage());
            }
            FileResult result = probe.channels() >= 2 ? stereo(files.get(i), offsetMs, i) : mono(files.get(i), offsetMs, i);
            segments.addAll(result.segments());
            offsetMs += result.durationMs();
            channelsUsed = Math.max(channelsUsed, result.channels());
        }
        segments.sort(Comparator.comparingLong(Transcript.Segment::start).thenComparingLong(Transcript.Segment::end));
        return new Transcript(offsetMs, channelsUsed, segments);
    }

    private record FileResult(List<Transcript.Segment> segments, long durationMs, int channels) {
    }

    private FileResult mono(Path file, long offsetMs, int index) throws FileUndecodable, IOException {
        byte[] buffer = new byte[CHUNK_SAMPLES * AudioDecoder.BYTES_PER_SAMPLE];
        long bytes = 0;
        try (AudioDecoder.Pcm pcm = decoder.open(file, 1);
             SpeechEngine.Recognition recognition = engine.start(Transcript.UNKNOWN_SPEAKER, offsetMs)) {
            int n;
            while ((n = AudioDecoder.fill(pcm, buffer)) > 0) {
                int whole = n - n % AudioDecoder.BYTES_PER_SAMPLE;
                recognition.accept(buffer, whole);
                bytes += whole;
            }
            finish(pcm, index);
            return new FileResult(recognition.finish(), millis(bytes / AudioDecoder.BYTES_PER_SAMPLE), 1);
        }
    }

    private FileResult stereo(Path file, long offsetMs, int index) throws FileUndecodable, IOException {
        int frameBytes = 2 * AudioDecoder.BYTES_PER_SAMPLE;
        byte[] head = new byte[AudioDecoder.SAMPLE_RATE * CHANNEL_CHECK_SECONDS * frameBytes];
        byte[] buffer = new byte[CHUNK_SAMPLES * frameBytes];
        byte[] left = new byte[CHUNK_SAMPLES * AudioDecoder.BYTES_PER_SAMPLE];
        byte[] right = new byte[left.length];
        try (AudioDecoder.Pcm pcm = decoder.open(file, 2)) {
            int headLength = AudioDecoder.fill(pcm, head);
            headLength -= headLength % frameBytes;
            boolean separate = channelsDiffer(head, headLength);
            long frames = 0;
            try (SpeechEngine.Recognition first = engine.start(separate ? firstChannelSpeaker : Transcript.UNKNOWN_SPEAKER, offsetMs);
                 SpeechEngine.Recognition second = separate ? engine.start(secondChannelSpeaker, offsetMs) : null) {
                byte[] chunk = head;
                int length = headLength;
                while (length > 0) {
                    for (int at = 0; at < length; at += buffer.length) {
                        int part = Math.min(buffer.length, length - at);
                        int samples = split(chunk, at, part, left, right, separate);
                        first.accept(left, samples * AudioDecoder.BYTES_PER_SAMPLE);
                        if (second != null) {
                            second.accept(right, samples * AudioDecoder.BYTES_PER_SAMPLE);
                        }
                        frames += samples;
                            }
                    chunk = buffer;
                    length = AudioDecoder.fill(pcm, buffer);
                    length -= length % frameBytes;
                }
                finish(pcm, index);
                List<Transcript.Segment> segments = new ArrayList<>(first.finish());
                if (second != null) {
                    segments.addAll(second.finish());
                }
                return new FileResult(segments, millis(frames), separate ? 2 : 1);
            }
        }
    }

    /**
     * De-interleaves {@code length} bytes of stereo frames from {@code at} into the two channel buffers (or
     * their average into {@code left} when the channels are one stream); answers the frames taken.
     */
    private static int split(byte[] stereo, int at, int length, byte[] left, byte[] right, boolean separate) {
        int frames = length / 4;
        for (int f = 0; f < frames; f++) {
            int p = at + f * 4;
            short l = (short) ((stereo[p] & 0xff) | (stereo[p + 1] << 8));
            short r = (short) ((stereo[p + 2] & 0xff) | (stereo[p + 3] << 8));
            if (separate) {
                left[f * 2] = (byte) l;
                left[f * 2 + 1] = (byte) (l >> 8);
                right[f * 2] = (byte) r;
                right[f * 2 + 1] = (byte) (r >> 8);
            } else {
                int mixed = (l + r) / 2;
                left[f * 2] = (byte) mixed;
                left[f * 2 + 1] = (byte) (mixed >> 8);
            }
        }
        return frames;
    }

    /** The channels carry different audio when their difference holds more than 5% of the signal's energy. */
    static boolean channelsDiffer(byte[] stereo, int length) {
        double sum = 0;
        double difference = 0;
        for (int p = 0; p + 3 < length; p += 4) {
            short l = (short) ((stereo[p] & 0xff) | (stereo[p + 1] << 8));
            short r = (short) ((stereo[p + 2] & 0xff) | (stereo[p + 3] << 8));
            sum += (double) l * l + (double) r * r;
            difference += (double) (l - r) * (l - r);
        }
        return sum > 0 && difference > 0.05 * sum;
    }

    private static void finish(AudioDecoder.Pcm pcm, int index) throws FileUndecodable, IOException {
        try {
            pcm.finish();
        } catch (AudioDecoder.Undecodable e) {
            throw new FileUndecodable(index, e.getMessage());
        }
    }

    private static long millis(long samples) {
        return samples * 1000 / AudioDecoder.SAMPLE_RATE;
    }
}
