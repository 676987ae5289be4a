package io.notewell.partner.boundary;

import io.notewell.partner.entity.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, set once by {@link PartnerAuthentication}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated partner in this request");
        }
        return caller;
    }

    public String partnerId() {
        return get().partnerId();
    }
}
