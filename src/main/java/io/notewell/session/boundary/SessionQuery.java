package io.notewell.session.boundary;

import io.notewell.platform.OneOf;
import io.notewell.platform.Uuid;
import io.notewell.session.entity.SessionState;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Filters and paging of the session list, as query parameters. */
public class SessionQuery {
    @QueryParam("providerUserId")
    @Uuid
    public String providerUserId;

    @QueryParam("clientUserId")
    @Uuid
    public String clientUserId;

    @QueryParam("partnerAppointmentId")
    @Size(max = 255)
    public String partnerAppointmentId;

    @QueryParam("state")
    @OneOf(SessionState.class)
    public String state;

    /** Sessions dated at or after this ISO 8601 instant or date. */
    @QueryParam("from")
    public String from;

    /** Sessions dated before this ISO 8601 instant or date. */
    @QueryParam("to")
    public String to;

    /** 1-based; a string so that a non-number is a 400 naming the parameter, not a 404. */
    @QueryParam("page")
    @DefaultValue("1")
    @Pattern(regexp = "[1-9][0-9]{0,5}", message = "must be a whole number from 1 to 999999")
    public String page;

    @QueryParam("pageSize")
    @DefaultValue("25")
    @Pattern(regexp = "[1-9][0-9]?|100", message = "must be a whole number from 1 to 100")
    public String pageSize;

    int pageNumber() {
        return Integer.parseInt(page);
    }

    int pageSizeNumber() {
        return Integer.parseInt(pageSize);
    }
}
