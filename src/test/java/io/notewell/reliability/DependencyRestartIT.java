package io.notewell.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.ArtemisBroker;
import io.notewell.testing.NotewellProcess;
import io.notewell.testing.WebhookReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database and the external broker go away under load and come back: sessions in flight all end Done once,
 * creates sent meanwhile are either accepted (and then Done) or refused with a problem+json answer, and the
 * server is healthy afterwards without a restart of its own.
 */
class DependencyRestartIT {

    static final int SESSIONS = 120;

    final Path dir = Workload.freshDirectory(DependencyRestartIT.class);

    @Test
    void postgresql_restarted_under_load() throws Exception {
        Map<String, String> database = Workload.freshPostgres("notewell_pg_restart");
        try (WebhookReceiver receiver = WebhookReceiver.start();
             NotewellProcess server = new NotewellProcess(dir, Workload.merge(database, Workload.WEBHOOKS_TO_LOOPBACK,
                     Map.of("NOTEWELL_PROCESSING_LEASE_SECONDS", "30", "NOTEWELL_DB_IDLE_TX_TIMEOUT_SECONDS", "20")))) {
            server.start();
            Workload work = Workload.prepare(server, Files.readString(dir.resolve("dev-api-key")).strip(), receiver);
            work.create(List.of(server), SESSIONS);
            Thread.sleep(3000);
            int processing = work.count(server, "Processing");
            Process restart = new ProcessBuilder("bash", "-c",
                    "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart -m fast").inheritIO().start();
            // creates while the database goes down and comes back
            Instant until = Instant.now().plusSeconds(6);
            while (Instant.now().isBefore(until) || restart.isAlive()) {
                work.tryCreate(server);
                Thread.sleep(100);
            }
            assertEquals(0, restart.waitFor(), "PostgreSQL restarted");
            assertTrue(processing > 0, "the restart came while sessions were processing");
            work.assertFaultAnswersAcceptedOrUnavailable();
            int storedAlthoughRefused = work.settleRefused(server);
            work.assertAllDoneOnce(server, database);
            System.out.printf("DependencyRestartIT: PostgreSQL restarted with %d of %d sessions processing; creates meanwhile %s"
                    + " (%d of the refused stored all the same, found by their Idempotency-Key); all %d accepted sessions Done once%n",
                    processing, SESSIONS, work.faultAnswers, storedAlthoughRefused, work.accepted.size());
        }
    }

    @Test
    void external_broker_killed_and_restarted_under_load() throws Exception {
        Map<String, String> database = Workload.freshPostgres("notewell_broker_restart");
        try (ArtemisBroker broker = ArtemisBroker.create(dir)) {
            broker.start();
            try (WebhookReceiver receiver = WebhookReceiver.start();
                 NotewellProcess server = new NotewellProcess(dir, Workload.merge(database, Workload.WEBHOOKS_TO_LOOPBACK, Map.of(
                         "NOTEWELL_BROKER_URL", broker.url(), "NOTEWELL_BROKER_USER", ArtemisBroker.USER,
                         "NOTEWELL_BROKER_PASSWORD", ArtemisBroker.PASSWORD, "NOTEWELL_PROCESSING_LEASE_SECONDS", "30", "NOTEWELL_DB_IDLE_TX_TIMEOUT_SECONDS", "20")))) {
                server.start();
                Workload work = Workload.prepare(server, Files.readString(dir.resolve("dev-api-key")).strip(), receiver);
                work.create(List.of(server), SESSIONS);
                Thread.sleep(3000);
                int processing = work.count(server, "Processing");
                broker.kill();
                for (int i = 0; i < 3; i++) { // refused within the reconnect attempts of the broker URL
                    work.tryCreate(server);
                }
                broker.start();
                for (int i = 0; i < 5; i++) {
                    work.tryCreate(server);
                    Thread.sleep(200);
                }
                assertTrue(processing > 0, "the broker died while sessions were processing");
                work.assertFaultAnswersAcceptedOrUnavailable();
                int storedAlthoughRefused = work.settleRefused(server);
                work.assertAllDoneOnce(server, database);
                System.out.printf("DependencyRestartIT: Artemis killed with %d of %d sessions processing and started again;"
                        + " creates meanwhile %s (%d of the refused stored all the same); all %d accepted sessions Done once%n",
                        processing, SESSIONS, work.faultAnswers, storedAlthoughRefused, work.accepted.size());
            }
        }
    }
}
