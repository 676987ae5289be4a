package io.notewell.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** A provider (clinician) or a client of one partner. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_EMAIL, query = "SELECT u FROM User u WHERE u.partnerId = :partnerId AND u.emailKey = :emailKey")
@NamedQuery(name = User.BY_PARTNER_USER_ID,
        query = "SELECT u FROM User u WHERE u.partnerId = :partnerId AND u.partnerUserId = :partnerUserId")
public class User {

    public static final String BY_EMAIL = "User.byEmail";
    public static final String BY_PARTNER_USER_ID = "User.byPartnerUserId";

    /** Optional attributes of a provider. */
    public record ProviderProfile(String phoneNumber, String phoneCountryCode, String locale, String defaultSessionType,
                                  String nationalProviderIdentifier, String therapyLicence, NoteIdentifier noteIdentifier) {
    }

    /** Optional attributes of a client. */
    public record ClientProfile(String locale, Pronouns pronoun, String defaultSessionType, LocalDate dateOfBirth) {
    }

    @Id
    private String id;
    @Column(name = "partner_id", nullable = false)
    private String partnerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserKind kind;
    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    private String email;
    @Column(name = "email_key")
    private String emailKey;
    @Column(name = "partner_user_id")
    private String partnerUserId;
    @Column(name = "phone_number")
    private String phoneNumber;
    @Column(name = "phone_country_code")
    private String phoneCountryCode;
    private String locale;
    @Column(name = "default_session_type")
    private String defaultSessionType;
    @Column(name = "national_provider_identifier")
    private String nationalProviderIdentifier;
    @Column(name = "therapy_licence")
    private String therapyLicence;
    @Enumerated(EnumType.STRING)
    @Column(name = "note_identifier")
    private NoteIdentifier noteIdentifier;
    @Enumerated(EnumType.STRING)
    private Pronouns pronoun;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "therapist_user_id")
    private String therapistUserId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected User() {
    }

    private User(String partnerId, UserKind kind, String firstName, String lastName, String email, String partnerUserId) {
        this.id = UUID.randomUUID().toString();
        this.partnerId = Objects.requireNonNull(partnerId);
        this.kind = kind;
        this.firstName = requireName(firstName, "firstName");
        this.lastName = requireName(lastName, "lastName");
        this.email = email == null ? null : email.strip();
        this.emailKey = emailKey(email);
        this.partnerUserId = partnerUserId;
        this.createdAt = Instant.now();
    }

    public static User provider(String partnerId, String firstName, String lastName, String email, String partnerUserId,
                                ProviderProfile profile) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("a provider needs an email");
        }
        User user = new User(partnerId, UserKind.Provider, firstName, lastName, email, partnerUserId);
        user.phoneNumber = profile.phoneNumber();
        user.phoneCountryCode = profile.phoneCountryCode();
        user.locale = profile.locale();
        user.defaultSessionType = profile.defaultSessionType();
        user.nationalProviderIdentifier = profile.nationalProviderIdentifier();
        user.therapyLicence = profile.therapyLicence();
        user.noteIdentifier = profile.noteIdentifier();
        return user;
    }

    public static User client(User therapist, String firstName, String lastName, String email, String partnerUserId,
                              ClientProfile profile) {
        if (!therapist.isProvider()) {
            throw new IllegalArgumentException("a client's therapist must be a provider");
        }
        User user = new User(therapist.partnerId, UserKind.Client, firstName, lastName, email, partnerUserId);
        user.therapistUserId = therapist.id;
        user.locale = profile.locale();
        user.pronoun = profile.pronoun();
        user.defaultSessionType = profile.defaultSessionType();
        user.dateOfBirth = profile.dateOfBirth();
        return user;
    }

    /** Emails are unique per partner regardless of case and surrounding space. */
    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String requireName(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    public boolean isProvider() {
        return kind == UserKind.Provider;
    }

    public boolean isClient() {
        return kind == UserKind.Client;
    }

    public boolean belongsTo(String partnerId) {
        return this.partnerId.equals(partnerId);
    }

    public String id() { return id; }
    public String partnerId() { return partnerId; }
    public UserKind kind() { return kind; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String email() { return email; }
    public String partnerUserId() { return partnerUserId; }
    public String phoneNumber() { return phoneNumber; }
    public String phoneCountryCode() { return phoneCountryCode; }
    public String locale() { return locale; }
    public String defaultSessionType() { return defaultSessionType; }
    public String nationalProviderIdentifier() { return nationalProviderIdentifier; }
    public String therapyLicence() { return therapyLicence; }
    public NoteIdentifier noteIdentifier() { return noteIdentifier; }
    public Pronouns pronoun() { return pronoun; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public String therapistUserId() { return therapistUserId; }
    public Instant createdAt() { return createdAt; }
}
