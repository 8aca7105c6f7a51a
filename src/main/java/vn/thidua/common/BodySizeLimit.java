package vn.thidua.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a problem+json 413 as
 * soon as its Content-Length announces it, before it is read. (A chunked body without a length still
 * hits the same limit in the HTTP layer, answered there without a body.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBytes) {
                String problem = new JsonObject()
                        .put("type", "urn:thidua:problem:payload-too-large")
                        .put("title", "Payload too large")
                        .put("status", 413)
                        .put("detail", "The body is larger than the " + maxBytes / 1024 + " KiB the service accepts.")
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
