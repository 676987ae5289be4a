package io.notewell.partner.boundary;

import io.notewell.partner.control.ApiKeyFormat;
import io.notewell.partner.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.EnumSet;
import java.util.Set;

/**
 * Lets API keys and MP-JWT tokens share {@code Authorization: Bearer}. The MicroProfile JWT mechanism hands
 * every bearer credential to the identity stores; this store accepts the ones that are active Notewell API
 * keys (recognised by their {@code nw_} shape) and leaves everything else to the JWT store. The resolved
 * caller is kept on the request for {@link PartnerAuthentication}.
 */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

    static final String CALLER_ATTRIBUTE = Caller.class.getName();

    @Inject
    HttpServletRequest request;

    @Inject
    Partners partners;

    @Inject
    FailedAuthentications failures;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        String presented = ApiKeyFormat.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION)).orElse(null);
        if (!ApiKeyFormat.looksLikeKey(presented)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String address = request.getRemoteAddr();
        var throttled = failures.throttled(address);
        if (throttled.isPresent()) {
            request.setAttribute(FailedAuthentications.THROTTLED_ATTRIBUTE, throttled.getAsLong());
            return CredentialValidationResult.INVALID_RESULT;
        }
        return partners.authenticate(presented)
                .map(caller -> {
                    request.setAttribute(CALLER_ATTRIBUTE, caller);
                    return new CredentialValidationResult(caller.credential(), Set.of("partner"));
                })
                .orElseGet(() -> {
                    failures.failed(address);
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }

    /**
     * Before the MP-JWT store (whose priority is the default, 100): a valid API key ends the search there, and
     * the JWT store no longer tries, fails and logs a stack trace at INFO for every API-key request (measured: one
     * 50-line trace a request, which cost the API a good share of its throughput).
     */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
