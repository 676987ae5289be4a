package io.notewell.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.idempotency.boundary.IdempotencyRecords;
import io.notewell.partner.boundary.Partners;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import io.notewell.session.boundary.SessionPage;
import io.notewell.session.boundary.SessionQuery;
import io.notewell.session.boundary.SessionView;
import io.notewell.session.boundary.Sessions;
import io.notewell.session.entity.SessionType;
import io.notewell.session.entity.TherapySession;
import io.notewell.testing.Deployments;
import io.notewell.user.entity.Pronouns;
import io.notewell.user.entity.User;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-container: the schema, the key checks, encryption at rest and idempotency records against the real database. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(PersistenceIT.class);
    }

    @Inject
    Partners partners;

    @Inject
    IdempotencyRecords idempotency;

    @Inject
    Sessions sessions;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Test
    void migrations_ran_and_are_recorded() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 1);
        } catch (java.sql.SQLException quotedNamesDiffer) {
            try (Connection c = dataSource.getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
                assertTrue(rs.next());
                assertTrue(rs.getInt(1) >= 1);
            }
        }
    }

    @Test
    void an_issued_key_authenticates_its_partner_until_revoked() {
        var partner = partners.create("In-container partner");
        var issued = partners.issueKey(partner.id(), "k");
        assertEquals(partner.id(), partners.authenticate(issued.key()).orElseThrow().partnerId());
        assertTrue(partners.authenticate(issued.key().substring(0, 14) + "x".repeat(43)).isEmpty());
        assertTrue(partners.authenticate("nw_unknownpfx_" + "x".repeat(43)).isEmpty());
        partners.revokeKey(partner.id(), issued.stored().id());
        assertTrue(partners.authenticate(issued.key()).isEmpty());
    }

    @Test
    void the_key_itself_is_never_stored() throws Exception {
        var partner = partners.create("Hash check");
        var issued = partners.issueKey(partner.id(), "k");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT prefix, secret_hash FROM api_key WHERE id = ?")) {
            ps.setString(1, issued.stored().id());
            ResultSet rs = ps.executeQuery();
            assertTrue(rs.next());
            String secret = issued.key().substring(14);
            assertFalse(rs.getString("secret_hash").contains(secret));
            assertEquals(issued.key().substring(0, 13), rs.getString("prefix"));
        }
    }

    @Test
    void input_text_and_treatment_plan_are_encrypted_at_rest_and_the_plan_is_erased_when_done() throws Exception {
        String notes = "Client disclosed passive suicidal ideation last week; no plan or intent.";
        String plan = "## Goal 1: reduce panic attacks to fewer than two a week";
        var partner = partners.create("At rest");
        tx.begin();
        User provider = aProvider(partner.id());
        TherapySession session = TherapySession.fromText(
                new TherapySession.Participants(partner.id(), provider.id(), null, Pronouns.FeminineHer),
                SessionType.Soap, Instant.now(), null, plan, notes);
        em.persist(session);
        tx.commit();

        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT input_text, treatment_plan FROM therapy_session WHERE id = ?")) {
            ps.setString(1, session.id());
            ResultSet rs = ps.executeQuery();
            assertTrue(rs.next());
            assertFalse(rs.getString("input_text").contains("suicidal"));
            assertFalse(rs.getString("treatment_plan").contains("panic"));
        }
        em.clear();
        TherapySession read = em.find(TherapySession.class, session.id());
        assertEquals(notes, read.inputText());
        assertEquals(plan, read.treatmentPlan());

        tx.begin();
        em.find(TherapySession.class, session.id()).markDone();
        tx.commit();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT treatment_plan FROM therapy_session WHERE id = ?")) {
            ps.setString(1, session.id());
            ResultSet rs = ps.executeQuery();
            assertTrue(rs.next());
            assertNull(rs.getString(1));
        }
    }

    @Test
    void a_listing_shows_sessions_without_reading_their_encrypted_content() throws Exception {
        var partner = partners.create("Listing");
        tx.begin();
        User provider = aProvider(partner.id());
        TherapySession session = TherapySession.fromText(
                new TherapySession.Participants(partner.id(), provider.id(), null, Pronouns.NeutralThem),
                SessionType.Dap, Instant.now(), "appt-7", "## Goal 1: sleep", "Client reports poor sleep for two weeks.");
        em.persist(session);
        tx.commit();
        // the stored content made undecryptable: reading the session needs it, listing it must not
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE therapy_session SET input_text = 'AQ==', treatment_plan = 'AQ==' WHERE id = ?")) {
            ps.setString(1, session.id());
            assertEquals(1, ps.executeUpdate());
        }

        SessionQuery firstPage = new SessionQuery();
        firstPage.page = "1";
        firstPage.pageSize = "20";
        SessionPage page = sessions.list(partner.id(), firstPage);

        assertEquals(1, page.total());
        SessionView item = page.items().get(0);
        assertEquals(session.id(), item.sessionId());
        assertEquals("Dap", item.sessionType());
        assertEquals(provider.id(), item.providerUserId());
        assertEquals("NeutralThem", item.clientPronouns());
        assertEquals("appt-7", item.partnerAppointmentId());
        assertEquals(session.state().name(), item.state());
        assertEquals(session.step().name(), item.progress().step());
        assertEquals("Text", item.inputType());
        assertNull(item.note());
        em.clear();
        assertThrows(RuntimeException.class, () -> em.find(TherapySession.class, session.id()));
    }

    @Test
    void an_idempotency_claim_is_exclusive_until_completed_then_replayed() throws Exception {
        String partnerId = partners.create("Idempotency").id();
        assertFalse(idempotency.claim(partnerId, "k1", "h1").isReplay());
        ApiProblem inFlight = assertThrows(ApiProblem.class, () -> idempotency.claim(partnerId, "k1", "h1"));
        assertEquals(ProblemType.IDEMPOTENCY_KEY_IN_USE, inFlight.type());
        ApiProblem reused = assertThrows(ApiProblem.class, () -> idempotency.claim(partnerId, "k1", "h2"));
        assertEquals(ProblemType.IDEMPOTENCY_KEY_REUSED, reused.type());

        tx.begin();
        idempotency.complete(partnerId, "k1", 200, "{\"sessionId\":\"s-1\"}");
        tx.commit();
        var replay = idempotency.claim(partnerId, "k1", "h1");
        assertTrue(replay.isReplay());
        assertEquals("{\"sessionId\":\"s-1\"}", replay.body());
    }

    @Test
    void a_released_claim_can_be_made_again() {
        String partnerId = partners.create("Release").id();
        idempotency.claim(partnerId, "k2", "h1");
        idempotency.release(partnerId, "k2");
        assertFalse(idempotency.claim(partnerId, "k2", "h-other").isReplay());
    }

    /** A provider of the partner, stored in the transaction under way. */
    private User aProvider(String partnerId) {
        User provider = User.provider(partnerId, "Ada", "Byron", "ada-" + java.util.UUID.randomUUID() + "@x.example",
                null, new User.ProviderProfile(null, null, null, null, null, null, null));
        em.persist(provider);
        em.flush();
        return provider;
    }
}
