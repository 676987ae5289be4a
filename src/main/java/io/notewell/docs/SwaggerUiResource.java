package io.notewell.docs;

import io.notewell.problem.ApiProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Serves Swagger UI at {@code /api-docs}, its assets from the webjar, reading {@code /openapi}. */
@Path("api-docs")
public class SwaggerUiResource {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript", "css", "text/css", "png", "image/png", "html", MediaType.TEXT_HTML, "map", "application/json");

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page() {
        return Response.ok(resource("io/notewell/docs/index.html").orElseThrow()).build();
    }

    @GET
    @Path("swagger-ui/{file: [A-Za-z0-9._-]+}")
    @Operation(hidden = true)
    public Response asset(@PathParam("file") String file) {
        InputStream content = resource(WEBJAR + file).orElseThrow(() -> ApiProblem.notFound("Asset " + file));
        String extension = file.substring(file.lastIndexOf('.') + 1);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(content, TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM)).cacheControl(cache).build();
    }

    private static java.util.Optional<InputStream> resource(String name) {
        return java.util.Optional.ofNullable(SwaggerUiResource.class.getClassLoader().getResourceAsStream(name));
    }

    private static String webjarVersion() {
        try (InputStream in = SwaggerUiResource.class.getClassLoader().getResourceAsStream("io/notewell/docs/swagger-ui.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
