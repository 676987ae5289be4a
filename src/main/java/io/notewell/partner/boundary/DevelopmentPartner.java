package io.notewell.partner.boundary;

import io.notewell.platform.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start of an empty installation, creates a development partner and an API key, prints the
 * key once and writes it to {@code $NOTEWELL_DATA_DIR/dev-api-key}, so that a newcomer can call the API
 * within a minute. Off in production ({@code NOTEWELL_DEV_PARTNER_ENABLED=false}).
 */
@Singleton
@Startup
@DependsOn("Database")
public class DevelopmentPartner {

    static final String KEY_FILE = "dev-api-key";
    private static final Logger LOG = Logger.getLogger(DevelopmentPartner.class.getName());

    @Inject
    @ConfigProperty(name = "notewell.dev-partner.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    Partners partners;

    @Inject
    DataDirectory dataDirectory;

    @PostConstruct
    void createOnFirstStart() {
        if (!enabled || !partners.all().isEmpty()) {
            return;
        }
        var partner = partners.create("Development partner");
        var issued = partners.issueKey(partner.id(), "development key");
        var file = dataDirectory.writePrivate(KEY_FILE, issued.key() + "\n");
        LOG.info("\n\n  Notewell: created a development partner. Its API key (shown once, also in " + file + "):\n\n    "
                + issued.key() + "\n\n  Try: curl -H 'Authorization: Bearer " + issued.key() + "' http://localhost:8080/sessions\n");
    }
}
