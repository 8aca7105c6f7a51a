package vn.thidua.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than the service accepts with a problem+json 413 as soon as its Content-Length
 * announces it, before it is read: {@code thidua.json.max-body-size} for JSON, {@code thidua.documents.max-size}
 * for the upload of a document's file (the only bodies that large). A chunked body without a length hits the
 * HTTP layer's limit ({@code quarkus.http.limits.max-body-size}, set to the documents' limit), and an upload is
 * also counted as it streams.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** The uploads of documents' files: POST .../documents (of a nomination, a report, a conference) and PUT .../content. */
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/(award-recommendations|reports)/[^/]+/documents/?"
            + "|/api/v1/clusters/[^/]+/conferences/[^/]+/documents/?|/api/v1/documents/[^/]+/content/?");

    private final long jsonBytes;
    private final long documentBytes;

    public BodySizeLimit(JsonLimits json, @ConfigProperty(name = "thidua.documents.max-size") MemorySize documents) {
        this.jsonBytes = json.maxBodySize().asLongValue();
        this.documentBytes = documents.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long maxBytes = UPLOAD.matcher(context.request().path()).matches() ? documentBytes : jsonBytes;
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBytes) {
                String problem = new JsonObject()
                        .put("type", "urn:thidua:problem:payload-too-large")
                        .put("title", "Payload too large")
                        .put("status", 413)
                        .put("detail", "The body is larger than the " + maxBytes / 1024 + " KiB the service accepts here.")
                        .put("instance", context.request().path())
                        .encode();
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem);
            } else {
                context.next();
            }
        });
    }
}
