package vn.thidua.common;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One log line per API request (method, path without the query, status, milliseconds), and the fields that
 * tie every log line of a request together: {@code requestId} (the caller's {@code X-Request-Id} when it is a
 * plain identifier, else a new one), {@code subject} and {@code role} of the verified token. OpenTelemetry adds
 * {@code traceId} and {@code spanId} (from the caller's W3C {@code traceparent} when there is one). Never the
 * token, the query string or a body: names of nominees and search terms stay out of the logs.
 */
public class RequestLog {

    static final Logger LOG = Logger.getLogger(RequestLog.class);
    private static final String STARTED = RequestLog.class.getName() + ".started";
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final CurrentIdentityAssociation identities;

    public RequestLog(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true)
    public void begin(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        String given = request.getHeaderString("X-Request-Id");
        MDC.put("requestId", given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString());
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        SecurityIdentity identity = identity();
        if (identity != null && !identity.isAnonymous()) {
            MDC.put("subject", identity.getPrincipal().getName());
            MDC.put("role", String.join(",", identity.getRoles()));
        }
        Object started = request.getProperty(STARTED);
        long millis = started instanceof Long t ? (System.nanoTime() - t) / 1_000_000 : -1;
        LOG.infof("%s %s %d %d ms", request.getMethod(), path, response.getStatus(), millis);
    }

    /** The caller's identity if it was established; an invalid token has none (and was answered 401). */
    private SecurityIdentity identity() {
        try {
            return identities.getIdentity();
        } catch (RuntimeException invalidToken) {
            return null;
        }
    }
}
