package io.notewell.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.NotewellProcess;
import io.notewell.testing.WebhookReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Crash: 200 sessions in flight on the embedded defaults (H2 file database, embedded broker), the server killed
 * with SIGKILL three times at random moments of the processing and started again each time. All 200 end Done,
 * none ends twice (one webhook-id, so one event, per session), and every event reaches the receiver.
 */
class CrashLoopIT {

    static final int SESSIONS = 200;
    static final int KILLS = 3;

    final Path dataDir = Workload.freshDirectory(CrashLoopIT.class);

    @Test
    void two_hundred_sessions_survive_three_sigkills_at_random_moments() throws Exception {
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("CrashLoopIT seed " + seed + " (-Dreliability.seed to repeat)");
        try (WebhookReceiver receiver = WebhookReceiver.start();
             NotewellProcess server = new NotewellProcess(dataDir, Workload.merge(Workload.WEBHOOKS_TO_LOOPBACK,
                     Map.of("NOTEWELL_PROCESSING_LEASE_SECONDS", "30")))) {
            server.start();
            Workload work = Workload.prepare(server, Files.readString(dataDir.resolve("dev-api-key")).strip(), receiver);
            work.create(List.of(server), SESSIONS);
            int processingAtLastKill = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                // a random moment while notes are being written: when the sessions still processing fall to a random
                // count in this kill's band (kill 1 at 60-85 % of the 200, kill 2 at 35-60 %, kill 3 at 10-35 %), so that
                // every kill comes with work in flight however fast the restarted server drains it
                double band = 1.0 - (double) kill / (KILLS + 1);
                int target = (int) (SESSIONS * (band - 0.15 + 0.25 * random.nextDouble()));
                long since = System.nanoTime();
                int processing = work.count(server, "Processing");
                // (a time limit: a restarted server that never deploys the application must fail the test, not hang it)
                long deadline = since + Duration.ofMinutes(5).toNanos();
                while (processing > target) {
                    assertTrue(System.nanoTime() < deadline, "kill " + kill + ": the sessions processing stayed at " + processing
                            + " for five minutes (target " + target + ")");
                    Thread.sleep(50 + random.nextInt(100));
                    processing = work.count(server, "Processing");
                }
                server.kill();
                System.out.printf("CrashLoopIT kill %d: %d ms after the %s, %d of %d sessions still processing (target %d)%n", kill,
                        (System.nanoTime() - since) / 1_000_000, kill == 1 ? "creates" : "restart", processing, SESSIONS, target);
                assertTrue(processing > 0, "kill " + kill + " came while sessions were processing");
                processingAtLastKill = processing;
                server.start();
            }
            work.awaitAllDone(server, Duration.ofMinutes(5));
            work.assertNotes(server);
            int requests = work.assertWebhooks(Duration.ofMinutes(3), false);
            System.out.println("CrashLoopIT: " + SESSIONS + " Done after " + KILLS + " kills (" + processingAtLastKill + " processing at the last); "
                    + requests + " webhook requests for " + SESSIONS + " events");
        }
    }
}
