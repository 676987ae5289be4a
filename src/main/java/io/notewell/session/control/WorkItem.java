package io.notewell.session.control;

import static io.notewell.platform.Jsonp.JSON;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Objects;

/** A work message: "look at session X, input revision N". The database holds everything else. */
public record WorkItem(String sessionId, int revision) {

    public WorkItem {
        Objects.requireNonNull(sessionId);
    }

    public String toJson() {
        return JSON.createObjectBuilder().add("sessionId", sessionId).add("revision", revision).build().toString();
    }

    public static WorkItem fromJson(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new WorkItem(o.getString("sessionId"), o.getInt("revision"));
        }
    }
}
