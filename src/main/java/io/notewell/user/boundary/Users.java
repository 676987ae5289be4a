package io.notewell.user.boundary;

import io.notewell.webhook.boundary.WebhookEvents;
import jakarta.inject.Inject;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.FieldError;
import io.notewell.problem.ProblemType;
import io.notewell.user.entity.ClientAccess;
import io.notewell.user.entity.NoteIdentifier;
import io.notewell.user.entity.Pronouns;
import io.notewell.user.entity.User;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of users. Cross-partner rule, used everywhere: an id of another partner's user is 403, an
 * id that exists nowhere is 404 (or 400 when it is a field of a request body).
 */
@Stateless
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookEvents events;

    public User createProvider(String partnerId, UserRequests.CreateProvider r) {
        rejectDuplicates(partnerId, r.email, r.partnerUserId);
        User provider = User.provider(partnerId, r.firstName, r.lastName, r.email, r.partnerUserId,
                new User.ProviderProfile(r.phoneNumber, r.phoneCountryCode, r.locale, r.defaultSessionType,
                        r.nationalProviderIdentifier, r.therapyLicence,
                        r.noteIdentifier == null ? null : NoteIdentifier.valueOf(r.noteIdentifier)));
        persistUnique(provider);
        events.userCreated(provider);
        return provider;
    }

    public User createClient(String partnerId, UserRequests.CreateClient r) {
        User therapist = userInRequest(partnerId, r.therapistUserId, "therapistUserId");
        if (!therapist.isProvider()) {
            throw ApiProblem.invalid("therapistUserId", "user " + therapist.id() + " is a client, not a provider");
        }
        rejectDuplicates(partnerId, r.email, r.partnerUserId);
        User client = User.client(therapist, r.firstName, r.lastName, r.email, r.partnerUserId,
                new User.ClientProfile(r.locale, r.pronoun == null ? null : Pronouns.valueOf(r.pronoun),
                        r.defaultSessionType, r.dateOfBirth == null ? null : LocalDate.parse(r.dateOfBirth)));
        persistUnique(client);
        em.persist(new ClientAccess(therapist, client));
        events.userCreated(client);
        return client;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public User get(String partnerId, String userId) {
        User user = em.find(User.class, userId);
        // another partner's user is answered exactly as one that does not exist: ids in paths leak no existence
        if (user == null || !user.belongsTo(partnerId)) {
            throw ApiProblem.notFound("User " + userId);
        }
        return user;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<User> byPartnerUserId(String partnerId, String partnerUserId) {
        return em.createNamedQuery(User.BY_PARTNER_USER_ID, User.class)
                .setParameter("partnerId", partnerId).setParameter("partnerUserId", partnerUserId)
                .getResultStream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<User> byEmail(String partnerId, String email) {
        return em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("partnerId", partnerId).setParameter("emailKey", User.emailKey(email))
                .getResultStream().findFirst();
    }

    /**
     * A user named in a request body: unknown → 400 on that field; another partner's → 403.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public User userInRequest(String partnerId, String userId, String field) {
        User user = userId == null ? null : em.find(User.class, userId);
        if (user == null) {
            throw ApiProblem.invalid(field, "no user with id " + userId);
        }
        if (!user.belongsTo(partnerId)) {
            throw ApiProblem.forbidden("This API key cannot access the user in '" + field + "'");
        }
        return user;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasAccess(User provider, User client) {
        return em.find(ClientAccess.class, new ClientAccess.Key(provider.id(), client.id())) != null;
    }

    private void rejectDuplicates(String partnerId, String email, String partnerUserId) {
        List<FieldError> clashes = new ArrayList<>();
        if (email != null && byEmail(partnerId, email).isPresent()) {
            clashes.add(new FieldError("email", "a user with this email already exists"));
        }
        if (partnerUserId != null && byPartnerUserId(partnerId, partnerUserId).isPresent()) {
            clashes.add(new FieldError("partnerUserId", "a user with this partnerUserId already exists"));
        }
        if (!clashes.isEmpty()) {
            throw duplicate(clashes);
        }
    }

    /** Two concurrent creations of the same user: the unique constraints decide, the loser gets 409. */
    private User persistUnique(User user) {
        try {
            em.persist(user);
            em.flush();
            return user;
        } catch (PersistenceException e) {
            throw duplicate(List.of(new FieldError("email", "a user with this email or partnerUserId already exists")));
        }
    }

    private static ApiProblem duplicate(List<FieldError> clashes) {
        return new ApiProblem(ProblemType.DUPLICATE_USER, "A user with the same " + clashes.stream()
                .map(FieldError::field).reduce((a, b) -> a + " and " + b).orElse("identity") + " already exists",
                clashes, Map.of());
    }
}
