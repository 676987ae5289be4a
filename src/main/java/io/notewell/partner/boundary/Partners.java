package io.notewell.partner.boundary;

import io.notewell.partner.control.ApiKeyFormat;
import io.notewell.partner.entity.ApiKey;
import io.notewell.partner.entity.Caller;
import io.notewell.partner.entity.Partner;
import io.notewell.problem.ApiProblem;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Use cases of partners and their API keys. */
@Stateless
public class Partners {

    @PersistenceContext
    EntityManager em;

    /** A key as handed out once: the key itself is never stored nor shown again. */
    public record IssuedKey(ApiKey stored, String key) {
    }

    public Partner create(String name) {
        Partner partner = new Partner(name);
        em.persist(partner);
        em.flush(); // entities are mapped without relationships: make the row exist before its keys
        return partner;
    }

    public List<Partner> all() {
        return em.createNamedQuery(Partner.ALL, Partner.class).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Partner> find(String partnerId) {
        return Optional.ofNullable(partnerId).map(id -> em.find(Partner.class, id));
    }

    public IssuedKey issueKey(String partnerId, String name) {
        Partner partner = find(partnerId).orElseThrow(() -> ApiProblem.notFound("Partner"));
        ApiKeyFormat.NewKey fresh = ApiKeyFormat.generate();
        ApiKey stored = new ApiKey(partner.id(), fresh.prefix(), fresh.hash(), name);
        em.persist(stored);
        return new IssuedKey(stored, fresh.key());
    }

    public List<ApiKey> keysOf(String partnerId) {
        find(partnerId).orElseThrow(() -> ApiProblem.notFound("Partner"));
        return em.createNamedQuery(ApiKey.OF_PARTNER, ApiKey.class).setParameter("partnerId", partnerId).getResultList();
    }

    public ApiKey revokeKey(String partnerId, String keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.partnerId().equals(partnerId)) {
            throw ApiProblem.notFound("API key");
        }
        key.revoke();
        return key;
    }

    /** The caller a presented key stands for, if it is a known, active key (constant-time comparison). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> authenticate(String presentedKey) {
        return ApiKeyFormat.prefixOf(presentedKey)
                .flatMap(prefix -> em.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class)
                        .setParameter("prefix", prefix).getResultStream().findFirst())
                .filter(ApiKey::isActive)
                .filter(key -> ApiKeyFormat.matches(presentedKey, key.secretHash()))
                .map(key -> new Caller(key.partnerId(), "key:" + key.id()));
    }
}
