package vn.thidua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The service's only exception mapper: every error leaves as {@code application/problem+json}
 * (RFC 9457), without stack traces, class names or SQL.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:thidua:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    Representations representations;

    @Inject
    OperationsMetrics metrics;

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        if (e.kind().status == 401 || e.kind().status == 403) {
            metrics.rejected(e.kind().status);
        }
        Response problem = problem(e.kind().status, e.kind().slug, e.kind().title, e.getMessage(), uri, e.errors(),
                e.allowedActions());
        if (e.contentRange() != null) {
            problem.getHeaders().putSingle("Content-Range", e.contentRange());
        }
        return problem;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        metrics.rejected(401);
        return Response.fromResponse(problem(401, "unauthorized", "Authentication required",
                        "Send a valid bearer token (JWT) in the Authorization header.", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        metrics.rejected(403);
        return problem(403, "forbidden", "Not allowed", "Your role does not allow this operation.", uri, List.of());
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<ConstraintViolation<?>> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        boolean onParameters = violations.stream().allMatch(ProblemMapper::isParameterViolation);
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage())).toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return onParameters
                ? problem(400, "bad-request", "Bad request", detail, uri, errors)
                : problem(422, "invalid-input", "Invalid input", detail, uri, errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "unknown property";
        } else if (e instanceof InvalidFormatException f && StrictJson.NUL.equals(f.getOriginalMessage())) {
            message = StrictJson.NUL;
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + describe(m.getTargetType());
        } else {
            message = "malformed JSON";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail;
        if (!field.isEmpty()) {
            detail = "Field '" + field + "': " + message + ".";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            detail = "The body must be " + describe(m.getTargetType()) + ".";
        } else {
            detail = "The body is not valid JSON.";
        }
        return problem(400, "malformed-body", "Malformed request body", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a parameter cannot be converted; it is a bad request.
            return problem(400, "bad-request", "Bad request", "A parameter has a value of the wrong form: "
                    + parameterHint(e.getCause()), uri, List.of());
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Client error";
        String detail = switch (status) {
            case 404 -> "Nothing is found at this address.";
            case 405 -> "This method is not supported at this address.";
            case 406 -> notAcceptable(request.getMethod(), uri);
            case 415 -> "Send the body as application/json.";
            default -> "The request is not valid: check its parameters.";
        };
        Response.ResponseBuilder response = Response.fromResponse(
                problem(status, slug(title), title, detail, uri, List.of()));
        if (e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    /** Names the types this address answers, so that the client knows what to put in Accept. */
    private String notAcceptable(String method, UriInfo uri) {
        String path = uri.getPath().startsWith("/") ? uri.getPath() : "/" + uri.getPath();
        List<String> types = representations.of(method, path);
        return types.isEmpty() ? "The service answers application/json (and application/problem+json for errors)."
                : "This address answers " + String.join(", ", types) + " (and application/problem+json for errors): "
                + "ask for one of them in the Accept header.";
    }

    /** Database refusals arrive wrapped in persistence and transaction exceptions: find the cause. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause : causes(e)) {
            if (cause instanceof ApiException api) {
                return apiException(api, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problem(412, "stale-version", "The resource has changed",
                        "Someone changed this resource meanwhile; read it again and retry with its new ETag.",
                        uri, List.of());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                ApiException refusal = DatabaseConstraints.refusal(violation);
                return apiException(refusal, uri);
            }
        }
        if (databaseUnavailable(e)) {
            // A failover, a restarting primary or an exhausted pool. Nothing was committed, unless the connection
            // broke during the commit itself: the same request with the same Idempotency-Key answers the first result.
            LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), rootMessage(e));
            return Response.fromResponse(problem(503, "database-unavailable", "Service temporarily unavailable",
                            "The database is not reachable at the moment (for example during a failover). Retry in a "
                                    + "few seconds, with the same Idempotency-Key for a creation: if the connection "
                                    + "broke while the change was being committed, the retry answers that change.",
                            uri, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        // Everything else is the service's fault, never the caller's: the caller's values are checked before
        // they reach the database (a data exception from PostgreSQL means a check is missing here).
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return Response.status(500).type(PROBLEM_JSON)
                .entity(new Problem(TYPE_PREFIX + "internal-error", "Internal error", 500,
                        "The service could not complete the request. The error was logged as " + errorId
                                + "; quote it when you report the problem.", instance(uri), List.of(), List.of(), errorId))
                .build();
    }

    /**
     * Whether the failure is the database being out of reach rather than a fault of the service: connection
     * errors (SQLSTATE class 08), a server shutting down or starting up (57P01-57P03), a server that is a
     * standby now (25006, a write on a demoted primary), or no connection from the pool in time.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause : causes(e)) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.sql.SQLRecoverableException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03") || state.equals("25006"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (state == null && message != null && (message.startsWith("Acquisition timeout")
                        || message.startsWith("Sorry, acquisition timeout"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The failure, its causes and what they suppressed: a commit that fails reaches here as the transaction
     * manager's RollbackException, which carries the driver's error as a suppressed exception, not as its cause.
     */
    static List<Throwable> causes(Throwable e) {
        List<Throwable> found = new ArrayList<>();
        java.util.ArrayDeque<Throwable> pending = new java.util.ArrayDeque<>(List.of(e));
        while (!pending.isEmpty() && found.size() < 64) {
            Throwable next = pending.removeFirst();
            if (found.stream().anyMatch(seen -> seen == next)) {
                continue;
            }
            found.add(next);
            if (next.getCause() != null) {
                pending.addLast(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return found;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response problem(int status, String slug, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors) {
        return problem(status, slug, title, detail, uri, errors, List.of());
    }

    private static Response problem(int status, String slug, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors, List<String> allowedActions) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem(TYPE_PREFIX + slug, title, status, detail, instance(uri), errors, allowedActions, null))
                .build();
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static boolean isParameterViolation(ConstraintViolation<?> violation) {
        ElementKind last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getKind();
        }
        return last == ElementKind.PARAMETER;
    }

    /** "create.body.members[0].role" becomes "members[0].role"; a parameter keeps its own name. */
    private static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    // Bean Validation puts a list element's index on the node after the list: [values, value[0]]
                    // means values[0].value. A container element itself ("<list element>") has no name of its own.
                    if (node.getIndex() != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        names.add(node.getName());
                    }
                }
                default -> { }
            }
        }
        return names.isEmpty() ? String.valueOf(parameter) : String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a JSON " + (java.util.Collection.class.isAssignableFrom(type) ? "array" : "object");
    }

    private static String parameterHint(Throwable cause) {
        if (cause instanceof java.time.format.DateTimeParseException parse) {
            return "'" + parse.getParsedString() + "' is not a date (YYYY-MM-DD).";
        }
        if (cause instanceof NumberFormatException) {
            return "a number was expected.";
        }
        return "use one of the values the contract lists (in capitals).";
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
