package io.notewell.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment helper: the WAR that {@code mvn package} built, exactly what ships, deployed at the
 * server root (ROOT.war) as bin/notewell deploys it. In-container tests add their own classes to it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("project.basedir", "."), "target/notewell.war");
        if (!war.isFile()) {
            throw new IllegalStateException("run 'mvn package' first: " + war + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
