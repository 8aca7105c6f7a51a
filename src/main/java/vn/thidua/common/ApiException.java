package vn.thidua.common;

import java.util.List;

/**
 * A refusal the service answers on purpose: carries the problem type, status and a detail for
 * the client. Thrown by services; turned into problem+json by {@link ProblemMapper}.
 */
public class ApiException extends RuntimeException {

    public enum Kind {
        BAD_REQUEST(400, "bad-request", "Bad request"),
        FORBIDDEN(403, "forbidden", "Not allowed"),
        NOT_FOUND(404, "not-found", "Not found"),
        CONFLICT(409, "conflict", "Conflict with the current state"),
        PRECONDITION_FAILED(412, "stale-version", "The resource has changed"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
        RANGE_NOT_SATISFIABLE(416, "range-not-satisfiable", "Range not satisfiable"),
        UNPROCESSABLE(422, "invalid-input", "Invalid input"),
        PRECONDITION_REQUIRED(428, "if-match-required", "If-Match required");

        final int status;
        final String slug;
        final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }
    }

    private final Kind kind;
    private final List<Problem.FieldError> errors;
    private final List<String> allowedActions;
    private final String contentRange;

    public ApiException(Kind kind, String detail, List<Problem.FieldError> errors) {
        this(kind, detail, errors, List.of(), null);
    }

    private ApiException(Kind kind, String detail, List<Problem.FieldError> errors, List<String> allowedActions,
                         String contentRange) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.allowedActions = List.copyOf(allowedActions);
        this.contentRange = contentRange;
    }

    /** A byte range outside the file (416), with {@code Content-Range: bytes *}{@code /size} as RFC 9110 §15.5.17 asks. */
    public static ApiException rangeNotSatisfiable(String detail, long size) {
        return new ApiException(Kind.RANGE_NOT_SATISFIABLE, detail, List.of(), List.of(), "bytes */" + size);
    }

    /** An action the resource's current state does not allow (409), naming the ones it does. */
    public static ApiException notAllowedNow(String detail, List<String> allowedActions) {
        return new ApiException(Kind.CONFLICT, detail + (allowedActions.isEmpty()
                ? " No action is possible in this state." : " Allowed now: " + String.join(", ", allowedActions) + "."),
                List.of(), allowedActions, null);
    }

    /** The caller's role is right but the object is not theirs (403), e.g. another province's report. */
    public static ApiException forbidden(String detail) {
        return new ApiException(Kind.FORBIDDEN, detail, List.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Kind.NOT_FOUND, detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Kind.CONFLICT, detail, List.of());
    }

    /** A conflict with the current state that names what is missing, one error per missing thing (409). */
    public static ApiException incomplete(String detail, String field, List<String> missing) {
        return new ApiException(Kind.CONFLICT, detail, missing.stream().map(m -> new Problem.FieldError(field, m)).toList());
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(Kind.BAD_REQUEST, "Parameter '" + field + "': " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException unprocessable(String field, String message) {
        return new ApiException(Kind.UNPROCESSABLE, message, List.of(new Problem.FieldError(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }

    /** The Content-Range header of a 416 answer; null for other refusals. */
    public String contentRange() {
        return contentRange;
    }
}
