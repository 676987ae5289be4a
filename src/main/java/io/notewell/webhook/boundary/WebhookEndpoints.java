package io.notewell.webhook.boundary;

import io.notewell.problem.ApiProblem;
import io.notewell.webhook.control.WebhookSignature;
import io.notewell.webhook.control.WebhookUrlPolicy;
import io.notewell.webhook.entity.WebhookDelivery;
import io.notewell.webhook.entity.WebhookEndpoint;
import io.notewell.webhook.entity.WebhookEvent;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A partner's webhook endpoints and their deliveries. */
@Stateless
public class WebhookEndpoints {

    /** The events a partner can subscribe to; stable names, documented in the README and the OpenAPI document. */
    public static final Set<String> EVENT_TYPES = Set.of(WebhookEvents.SESSION_COMPLETED, WebhookEvents.SESSION_FAILED,
            WebhookEvents.USER_CREATED);

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookOutbox outbox;

    @Inject
    @ConfigProperty(name = "notewell.webhooks.allow-http", defaultValue = "false")
    boolean allowHttp;

    @Inject
    @ConfigProperty(name = "notewell.webhooks.private-hosts-allowed")
    Optional<String> privateHostsAllowed;

    @Inject
    @ConfigProperty(name = "notewell.webhooks.max-endpoints-per-partner", defaultValue = "10")
    int maxEndpoints;

    private WebhookUrlPolicy policy;

    @PostConstruct
    void configure() {
        policy = new WebhookUrlPolicy(allowHttp, Set.copyOf(Arrays.stream(privateHostsAllowed.orElse("").split(","))
                .map(String::strip).filter(h -> !h.isEmpty()).toList()), InetAddress::getAllByName);
    }

    public WebhookUrlPolicy urlPolicy() {
        return policy;
    }

    /** Registers an endpoint; answers it with its secret (the only time the secret is shown unasked). */
    public WebhookEndpoint register(String partnerId, String url, List<String> types, Boolean enabled) {
        checkUrl(url);
        long existing = em.createQuery("SELECT COUNT(e) FROM WebhookEndpoint e WHERE e.partnerId = :p", Long.class)
                .setParameter("p", partnerId).getSingleResult();
        if (existing >= maxEndpoints) {
            throw ApiProblem.invalid("url", "a partner may register at most " + maxEndpoints + " endpoints; delete one first");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(partnerId, url.strip(), eventTypes(types), enabled == null || enabled,
                WebhookSignature.newSecret());
        em.persist(endpoint);
        return endpoint;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WebhookEndpoint get(String partnerId, String endpointId) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId);
        // another partner's endpoint is answered exactly as one that does not exist: ids in paths leak no existence
        if (endpoint == null || !endpoint.partnerId().equals(partnerId)) {
            throw ApiProblem.notFound("Webhook endpoint " + endpointId);
        }
        return endpoint;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WebhookEndpoint> list(String partnerId) {
        return em.createQuery("SELECT e FROM WebhookEndpoint e WHERE e.partnerId = :p ORDER BY e.createdAt", WebhookEndpoint.class)
                .setParameter("p", partnerId).getResultList();
    }

    public WebhookEndpoint change(String partnerId, String endpointId, String url, List<String> types, Boolean enabled) {
        WebhookEndpoint endpoint = get(partnerId, endpointId);
        if (url != null) {
            checkUrl(url);
        }
        endpoint.change(url == null ? null : url.strip(), types == null ? null : eventTypes(types), enabled);
        return endpoint;
    }

    public void delete(String partnerId, String endpointId) {
        WebhookEndpoint endpoint = get(partnerId, endpointId);
        em.createQuery("DELETE FROM WebhookDelivery d WHERE d.endpointId = :id").setParameter("id", endpoint.id()).executeUpdate();
        em.remove(endpoint);
    }

    /** A new secret; the old one keeps signing (beside the new) for {@code grace}. */
    public WebhookEndpoint rotate(String partnerId, String endpointId, Duration grace) {
        WebhookEndpoint endpoint = get(partnerId, endpointId);
        endpoint.rotate(WebhookSignature.newSecret(), Instant.now().plus(grace));
        return endpoint;
    }

    public WebhookEvent ping(String partnerId, String endpointId) {
        return outbox.ping(get(partnerId, endpointId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WebhookDelivery> deliveries(String partnerId, String endpointId, String status, int limit) {
        get(partnerId, endpointId);
        var query = em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.endpointId = :e"
                        + (status == null ? "" : " AND d.status = :status") + " ORDER BY d.sequenceNumber DESC", WebhookDelivery.class)
                .setParameter("e", endpointId);
        if (status != null) {
            query.setParameter("status", WebhookDelivery.Status.valueOf(status));
        }
        return query.setMaxResults(limit).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WebhookDelivery> deliveriesOfSession(String partnerId, String sessionId) {
        return em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.partnerId = :p AND d.sessionId = :s ORDER BY d.sequenceNumber",
                        WebhookDelivery.class).setParameter("p", partnerId).setParameter("s", sessionId).getResultList();
    }

    /** Sends one delivery again, whatever became of it: a fresh schedule, the same webhook-id. */
    public WebhookDelivery resend(String partnerId, String endpointId, String deliveryId) {
        WebhookEndpoint endpoint = get(partnerId, endpointId);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.endpointId().equals(endpoint.id())) {
            throw ApiProblem.notFound("Delivery " + deliveryId + " of endpoint " + endpointId);
        }
        delivery.resend(Instant.now());
        return delivery;
    }

    /** Sends again every failed or abandoned delivery of the endpoint created since {@code since}; answers how many. */
    public int resendFailed(String partnerId, String endpointId, Instant since) {
        WebhookEndpoint endpoint = get(partnerId, endpointId);
        return em.createQuery("UPDATE WebhookDelivery d SET d.status = :pending, d.attempts = 0, d.nextAttemptAt = :now, "
                        + "d.claimedUntil = NULL, d.version = d.version + 1 WHERE d.endpointId = :e AND d.status IN :failed "
                        + "AND d.createdAt >= :since")
                .setParameter("pending", WebhookDelivery.Status.pending).setParameter("now", Instant.now())
                .setParameter("e", endpoint.id()).setParameter("failed", List.of(WebhookDelivery.Status.failed, WebhookDelivery.Status.abandoned))
                .setParameter("since", since).executeUpdate();
    }

    private void checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw ApiProblem.invalid("url", "must not be blank");
        }
        policy.refusal(url).ifPresent(why -> {
            throw ApiProblem.invalid("url", why);
        });
    }

    private static Set<String> eventTypes(List<String> types) {
        if (types == null || types.isEmpty()) {
            return EVENT_TYPES;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i) == null ? "" : types.get(i).strip();
            if (!EVENT_TYPES.contains(type)) {
                throw ApiProblem.invalid("eventTypes[" + i + "]", "must be one of " + EVENT_TYPES.stream().sorted().toList());
            }
            chosen.add(type);
        }
        return chosen;
    }
}
