package io.notewell.session.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of sessions, newest session date first. */
@Schema(name = "SessionPage")
public record SessionPage(List<SessionView> items, int page, int pageSize, long total) {
}
