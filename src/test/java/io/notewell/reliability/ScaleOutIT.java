package io.notewell.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.ArtemisBroker;
import io.notewell.testing.NotewellProcess;
import io.notewell.testing.WebhookReceiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scale-out as the README describes it: two Notewell instances on loopback sharing one PostgreSQL database and an
 * external Apache ActiveMQ Artemis broker. The work is shared (both instances write notes), nothing is processed
 * or delivered twice, and when one instance is killed in the middle of a run the other finishes everything.
 */
class ScaleOutIT {

    static final int SESSIONS = 200;
    private static final Pattern NOTE_WRITTEN = Pattern.compile("Session ([0-9a-f-]{36}) note written");

    final Path dir = Workload.freshDirectory(ScaleOutIT.class);

    @Test
    void two_instances_share_the_work_once_and_one_finishes_what_the_other_left() throws Exception {
        Map<String, String> database = Workload.freshPostgres("notewell_scaleout");
        try (ArtemisBroker broker = ArtemisBroker.create(dir)) {
            broker.start();
            Map<String, String> shared = Workload.merge(database, Workload.WEBHOOKS_TO_LOOPBACK, Map.of(
                    "NOTEWELL_BROKER_URL", broker.url(), "NOTEWELL_BROKER_USER", ArtemisBroker.USER,
                    "NOTEWELL_BROKER_PASSWORD", ArtemisBroker.PASSWORD,
                    "NOTEWELL_ENCRYPTION_KEY", Workload.encryptionKey(),
                    "NOTEWELL_PROCESSING_LEASE_SECONDS", "30"));
            Files.createDirectories(dir.resolve("a"));
            Files.createDirectories(dir.resolve("b"));
            try (WebhookReceiver receiver = WebhookReceiver.start();
                 NotewellProcess a = new NotewellProcess(dir.resolve("a"), Workload.merge(shared, Map.of("NOTEWELL_INSTANCE_NAME", "notewell-a")));
                 NotewellProcess b = new NotewellProcess(dir.resolve("b"), Workload.merge(shared, Map.of("NOTEWELL_INSTANCE_NAME", "notewell-b")))) {
                a.start(); // the first start of the empty database creates the development partner and its key
                b.start();
                Workload work = Workload.prepare(a, Files.readString(dir.resolve("a/dev-api-key")).strip(), receiver);

                // 1. no faults: 200 sessions created on both instances in turn
                work.create(List.of(a, b), SESSIONS);
                work.awaitAllDone(b, Duration.ofMinutes(5));
                work.assertNotes(a);
                work.assertWebhooks(Duration.ofMinutes(2), true);
                work.assertOneEventPerSession(database);
                Map<String, Integer> byA = notesWritten(a);
                Map<String, Integer> byB = notesWritten(b);
                for (String id : work.accepted) {
                    assertEquals(1, byA.getOrDefault(id, 0) + byB.getOrDefault(id, 0), "session " + id + " was processed once");
                }
                assertTrue(byA.size() > SESSIONS / 5 && byB.size() > SESSIONS / 5,
                        "both instances took a share of the work: " + byA.size() + " and " + byB.size());
                System.out.printf("ScaleOutIT: %d sessions, %d processed by instance a and %d by b, each once; %d webhooks, each once%n",
                        SESSIONS, byA.size(), byB.size(), SESSIONS);

                // 2. instance b is killed while 200 more are being processed; a finishes everything
                work.create(List.of(a, b), SESSIONS);
                Thread.sleep(4000);
                int processing = work.count(a, "Processing");
                b.kill();
                assertTrue(processing > 0, "b was killed while sessions were still processing");
                work.assertAllDoneOnce(a, database);
                System.out.printf("ScaleOutIT: instance b killed with %d of %d sessions processing; instance a finished all %d%n",
                        processing, SESSIONS, work.accepted.size());
            }
        }
    }

    /** Sessions whose note an instance wrote, from its logs (the log names ids only, never content). */
    private static Map<String, Integer> notesWritten(NotewellProcess server) throws IOException {
        Map<String, Integer> written = new HashMap<>();
        Matcher m = NOTE_WRITTEN.matcher(Files.readString(server.log()));
        while (m.find()) {
            written.merge(m.group(1), 1, Integer::sum);
        }
        return written;
    }
}
