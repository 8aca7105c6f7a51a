package vn.thidua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idempotent creation: a {@code POST} retried with the same {@code Idempotency-Key} and body answers
 * the first result instead of creating again; the same key with another body is a 422. Keys live in
 * the database, shared by all instances, and expire after a day.
 *
 * <p>A key belongs to its caller (the token's subject, role and province) and to the operation: the same key
 * from anyone else, or for another operation, is a new request of its own, authorized like any other, and
 * tells nothing of the first. A replay answers only what the caller may still read: the created resource is
 * read again through its service (its visibility and read rules) before the first answer is given back.
 *
 * <p>The key is claimed in its own short transaction (so that a concurrent retry sees it), then the
 * creation and the stored answer commit together, so a key is never completed without its change.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** The length of idempotency_key.operation: the service's own operation names, never caller data. */
    private static final int OPERATION_LENGTH = 100;
    public static final String HEADER_DESCRIPTION = "Optional. A unique value (e.g. a UUID) per intended creation, "
            + "at most 200 printable characters. A key is the caller's own: it is scoped by the token's subject, role "
            + "and province and by the operation, so the same key sent by another caller is that caller's own new "
            + "request. A retry by the same caller with the same key and body answers the first result (with the "
            + "header Idempotent-Replayed: true) instead of creating again, provided the caller may still read what "
            + "was created (otherwise the answer is the read's 403 or 404); the same key with a different body is "
            + "refused with 422. Keys expire after 24 hours.";
    private static final String REPLAYED = "Idempotent-Replayed";

    private final EntityManager em;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final OperationsMetrics metrics;

    public Idempotency(EntityManager em, CurrentUser user, ObjectMapper json, OperationsMetrics metrics) {
        this.em = em;
        this.user = user;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * Runs {@code create} at most once per caller, operation, key and body, answering 201 with Location and ETag.
     * {@code read} reads the created resource again, from its answer's body, through the service's read rules: a
     * replay is answered only when it passes (it throws the read's 403 or 404 otherwise).
     */
    public <T> Response create(String key, String operation, Object request, Supplier<Versioned<T>> create,
                               Function<T, URI> location, Consumer<JsonNode> read) {
        if (key == null) {
            Versioned<T> created = create.get();
            return created.created(location.apply(created.body()));
        }
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ApiException.badRequest(HEADER, "must be 1 to 200 printable characters without spaces");
        }
        if (operation.length() > OPERATION_LENGTH) {
            throw new IllegalStateException("operation name longer than idempotency_key.operation: " + operation.length());
        }
        Scope scope = new Scope(user.actor(), operation, key);
        String hash = sha256(operation + "\n" + toJson(request));
        Optional<Stored> earlier = QuarkusTransaction.requiringNew().call(() -> claim(scope, hash));
        if (earlier.isPresent()) {
            read.accept(readTree(earlier.get().body()));
            metrics.replayed();
            return earlier.get().answer();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                // The claim stays locked while the creation runs: a retry meeting an unlocked, unfinished claim
                // knows that its creator died (SIGKILL, a lost node) and that nothing was created.
                scope.bind(em.createNativeQuery("SELECT 1 FROM idempotency_key WHERE " + Scope.WHERE + " FOR UPDATE"))
                        .getResultList();
                Versioned<T> created = create.get();
                URI uri = location.apply(created.body());
                scope.bind(em.createNativeQuery("UPDATE idempotency_key SET status_code = 201, location = ?6, etag = ?7, "
                                        + "body = ?8 WHERE " + Scope.WHERE))
                        .setParameter(6, uri.toString()).setParameter(7, Versions.etag(created.version()).toString())
                        .setParameter(8, toJson(created.body()))
                        .executeUpdate();
                return created.created(uri);
            });
        } catch (RuntimeException failure) {
            // Nothing was created: free the key so that a corrected retry can use it.
            QuarkusTransaction.requiringNew().run(() -> scope.bind(em.createNativeQuery(
                    "DELETE FROM idempotency_key WHERE " + Scope.WHERE + " AND status_code IS NULL")).executeUpdate());
            throw failure;
        }
    }

    /** Claims the key, or gives back what its first use answered. */
    private Optional<Stored> claim(Scope scope, String hash) {
        // Expired keys, and claims abandoned by a crashed instance, may be taken again; a few old keys
        // are swept on each claim so the table does not grow without bound. A claim is abandoned when it is
        // unfinished and no transaction holds its lock (its creator's transaction was rolled back when the
        // creator died); the few seconds of age cover the instant between the claim's commit and the lock.
        scope.bind(em.createNativeQuery("DELETE FROM idempotency_key WHERE ctid = ANY (ARRAY(SELECT ctid FROM idempotency_key "
                + "WHERE expires_at < now() LIMIT 50 FOR UPDATE SKIP LOCKED)) OR ctid = ANY (ARRAY(SELECT ctid "
                + "FROM idempotency_key WHERE " + Scope.WHERE + " AND status_code IS NULL "
                + "AND created_at < now() - interval '5 seconds' FOR UPDATE SKIP LOCKED))")).executeUpdate();
        int claimed = scope.bind(em.createNativeQuery("INSERT INTO idempotency_key (subject, role, province_code, operation, "
                        + "key, request_hash, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, now() + interval '24 hours') "
                        + "ON CONFLICT DO NOTHING"))
                .setParameter(6, hash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) scope.bind(em.createNativeQuery("SELECT request_hash, status_code, location, etag, body "
                        + "FROM idempotency_key WHERE " + Scope.WHERE))
                .getSingleResult();
        if (!hash.equals(row[0])) {
            throw new ApiException(ApiException.Kind.UNPROCESSABLE,
                    "You already used this Idempotency-Key for a different request; use a new key for a new creation.",
                    List.of(new Problem.FieldError(HEADER, "already used by you for a different request")));
        }
        if (row[1] == null) {
            throw ApiException.conflict("A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        return Optional.of(new Stored(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]));
    }

    /** Whose key it is: the caller (subject, role, province) and the operation. */
    private record Scope(String subject, String role, String provinceCode, String operation, String key) {

        /** The row of this scope, its five values bound by {@link #bind} as parameters 1 to 5. */
        static final String WHERE = "subject = ?1 AND role = ?2 AND province_code = ?3 AND operation = ?4 AND key = ?5";

        Scope(CurrentUser.Actor actor, String operation, String key) {
            this(actor.subject(), actor.role(), actor.provinceCode() == null ? "" : actor.provinceCode(), operation, key);
        }

        Query bind(Query query) {
            return query.setParameter(1, subject).setParameter(2, role).setParameter(3, provinceCode)
                    .setParameter(4, operation).setParameter(5, key);
        }
    }

    /** The first answer, as stored. */
    private record Stored(int status, String location, String etag, String body) {

        Response answer() {
            return Response.status(status)
                    .location(URI.create(location))
                    .header(HttpHeaders.ETAG, etag)
                    .header(REPLAYED, "true")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body)
                    .build();
        }
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer not readable", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request not serialisable", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
