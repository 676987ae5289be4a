package io.notewell.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.partner.boundary.Partners;
import io.notewell.platform.BackgroundThreads;
import io.notewell.platform.Database;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import io.notewell.session.boundary.SessionProcessing;
import io.notewell.session.boundary.Sessions;
import io.notewell.session.boundary.UpdateInputRequest;
import io.notewell.session.control.WorkItem;
import io.notewell.session.control.WorkQueue;
import io.notewell.session.entity.SessionState;
import io.notewell.session.entity.SessionType;
import io.notewell.session.entity.TherapySession;
import io.notewell.testing.Deployments;
import io.notewell.user.entity.Pronouns;
import io.notewell.user.entity.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-container: the pipeline's transactions, idempotency and failure handling against the real broker and database. */
@ExtendWith(ArquillianExtension.class)
class ProcessingInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(ProcessingInContainerIT.class)
                .addAsResource("sessions/depression-notes.txt");
    }

    @Inject
    Partners partners;
    @Inject
    Sessions sessions;
    @Inject
    SessionProcessing processing;
    @Inject
    WorkQueue queue;
    @PersistenceContext
    EntityManager em;
    @Resource
    UserTransaction tx;
    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Resource(lookup = BackgroundThreads.FACTORY)
    ManagedThreadFactory background;

    String partnerId;
    String providerId;
    String notes;

    @BeforeEach
    void setUp() throws Exception {
        partnerId = partners.create("Pipeline").id();
        tx.begin();
        User provider = User.provider(partnerId, "Ada", "Byron", "ada-" + System.nanoTime() + "@x.example", null,
                new User.ProviderProfile(null, null, null, null, null, null, null));
        em.persist(provider);
        tx.commit();
        providerId = provider.id();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sessions/depression-notes.txt")) {
            notes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A session row without any work message: only what a test sends will process it. */
    private String storedSession(String plan) throws Exception {
        tx.begin();
        TherapySession session = TherapySession.fromText(new TherapySession.Participants(partnerId, providerId, null,
                Pronouns.FeminineHer), SessionType.Soap, Instant.now(), null, plan, notes);
        em.persist(session);
        tx.commit();
        return session.id();
    }

    private TherapySession await(String id, Predicate<TherapySession> condition, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            em.clear();
            TherapySession session = em.find(TherapySession.class, id);
            if (condition.test(session)) {
                return session;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("condition not reached for session " + id + " within " + within);
    }

    private int count(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void a_queued_session_is_processed_to_done_and_its_plan_erased() throws Exception {
        String id = storedSession("## Goal 1: Improve mood and return to daily activities");
        tx.begin();
        queue.enqueue(new WorkItem(id, 1));
        tx.commit();
        TherapySession done = await(id, s -> s.state() == SessionState.Done, Duration.ofSeconds(60));
        assertNull(done.treatmentPlan());
        assertEquals(1, count("SELECT COUNT(*) FROM session_note WHERE session_id = ?", id));
        assertEquals(0, count("SELECT COUNT(*) FROM therapy_session WHERE id = ? AND treatment_plan IS NOT NULL", id));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT content FROM session_note WHERE session_id = ?")) {
            ps.setString(1, id);
            ResultSet rs = ps.executeQuery();
            rs.next();
            String stored = rs.getString(1);
            assertTrue(!stored.contains("depressive") && !stored.contains("Subjective"), "the note is encrypted at rest");
        }
    }

    @Test
    void a_redelivered_message_produces_one_note_not_two() throws Exception {
        String id = storedSession(null);
        tx.begin();
        processing.process(new WorkItem(id, 1));
        tx.commit();
        em.clear();
        Instant written = em.find(TherapySession.class, id).updatedAt();
        tx.begin();
        processing.process(new WorkItem(id, 1));
        queue.enqueue(new WorkItem(id, 1));
        tx.commit();
        Thread.sleep(2000); // let the duplicate message arrive: it must change nothing
        em.clear();
        TherapySession after = em.find(TherapySession.class, id);
        assertEquals(SessionState.Done, after.state());
        assertEquals(written, after.updatedAt());
        assertEquals(1, count("SELECT COUNT(*) FROM session_note WHERE session_id = ?", id));
    }

    @Test
    void a_rolled_back_create_sends_no_message_and_a_committed_one_does() throws Exception {
        String id = storedSession(null);
        tx.begin();
        queue.enqueue(new WorkItem(id, 1));
        tx.rollback();
        Thread.sleep(3000);
        em.clear();
        assertEquals(SessionState.Processing, em.find(TherapySession.class, id).state(), "no message was delivered");
        tx.begin();
        queue.enqueue(new WorkItem(id, 1));
        tx.commit();
        await(id, s -> s.state() == SessionState.Done, Duration.ofSeconds(60));
    }

    @Test
    void a_step_that_keeps_failing_ends_in_error_after_the_redeliveries() throws Exception {
        String id = storedSession(null);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE therapy_session SET input_text = ? WHERE id = ?")) {
            ps.setString(1, "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAA==");   // ciphertext that cannot be decrypted
            ps.setString(2, id);
            assertEquals(1, ps.executeUpdate());
        }
        tx.begin();
        queue.enqueue(new WorkItem(id, 1));
        tx.commit();
        // the row cannot be read as an entity any more: watch it through SQL
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String state = "Processing";
        while (state.equals("Processing") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT state, error_code, error_message FROM therapy_session WHERE id = ?")) {
                ps.setString(1, id);
                ResultSet rs = ps.executeQuery();
                rs.next();
                state = rs.getString(1);
                if (!state.equals("Processing")) {
                    assertEquals("Error", state);
                    assertEquals(SessionProcessing.PROCESSING_FAILED, rs.getString(2));
                    assertTrue(rs.getString(3).contains("incident"));
                }
            }
        }
        assertEquals("Error", state, "the session ended in Error after the redeliveries");
    }

    @Test
    void input_cannot_be_replaced_while_processing() throws Exception {
        String id = storedSession(null);
        UpdateInputRequest request = new UpdateInputRequest();
        request.input = new UpdateInputRequest.Input();
        request.input.text = new UpdateInputRequest.Text();
        request.input.text.text = notes;
        ApiProblem busy = assertThrows(ApiProblem.class, () -> sessions.replaceInput(partnerId, id, request));
        assertEquals(ProblemType.SESSION_BUSY, busy.type());
    }

    @Test
    void the_engines_background_thread_factory_makes_threads_of_the_lowest_priority() {
        Thread engineThread = background.newThread(() -> { });
        assertEquals(Thread.MIN_PRIORITY, engineThread.getPriority(), "the API's requests come before the engines' work");
    }
}
