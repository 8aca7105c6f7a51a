package vn.thidua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idempotent creation: a {@code POST} retried with the same {@code Idempotency-Key} and body answers
 * the first result instead of creating again; the same key with another body is a 422. Keys live in
 * the database, shared by all instances, and expire after a day.
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
            + "at most 200 printable characters. A retry with the same key and body answers the first result "
            + "(with the header Idempotent-Replayed: true) instead of creating again; the same key with a different "
            + "body is refused with 422. Keys expire after 24 hours.";
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

    /** Runs {@code create} at most once per key and body, answering 201 with Location and ETag. */
    public <T> Response create(String key, String operation, Object request, Supplier<Versioned<T>> create,
                               Function<T, URI> location) {
        if (key == null) {
            Versioned<T> created = create.get();
            return created.created(location.apply(created.body()));
        }
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ApiException.badRequest(HEADER, "must be 1 to 200 printable characters without spaces");
        }
        String subject = user.actor().subject();
        if (operation.length() > OPERATION_LENGTH) {
            throw new IllegalStateException("operation name longer than idempotency_key.operation: " + operation.length());
        }
        String hash = sha256(operation + "\n" + toJson(request));
        Optional<Response> earlier = QuarkusTransaction.requiringNew().call(() -> claim(subject, key, operation, hash));
        if (earlier.isPresent()) {
            metrics.replayed();
            return earlier.get();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                // The claim stays locked while the creation runs: a retry meeting an unlocked, unfinished claim
                // knows that its creator died (SIGKILL, a lost node) and that nothing was created.
                em.createNativeQuery("SELECT 1 FROM idempotency_key WHERE subject = ?1 AND key = ?2 FOR UPDATE")
                        .setParameter(1, subject).setParameter(2, key).getResultList();
                Versioned<T> created = create.get();
                URI uri = location.apply(created.body());
                em.createNativeQuery("UPDATE idempotency_key SET status_code = 201, location = ?1, etag = ?2, body = ?3 "
                                + "WHERE subject = ?4 AND key = ?5")
                        .setParameter(1, uri.toString()).setParameter(2, Versions.etag(created.version()).toString())
                        .setParameter(3, toJson(created.body())).setParameter(4, subject).setParameter(5, key)
                        .executeUpdate();
                return created.created(uri);
            });
        } catch (RuntimeException failure) {
            // Nothing was created: free the key so that a corrected retry can use it.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "DELETE FROM idempotency_key WHERE subject = ?1 AND key = ?2 AND status_code IS NULL")
                    .setParameter(1, subject).setParameter(2, key).executeUpdate());
            throw failure;
        }
    }

    /** Claims the key, or answers what its first use answered. */
    private Optional<Response> claim(String subject, String key, String operation, String hash) {
        // Expired keys, and claims abandoned by a crashed instance, may be taken again; a few old keys
        // are swept on each claim so the table does not grow without bound. A claim is abandoned when it is
        // unfinished and no transaction holds its lock (its creator's transaction was rolled back when the
        // creator died); the few seconds of age cover the instant between the claim's commit and the lock.
        em.createNativeQuery("DELETE FROM idempotency_key WHERE ctid = ANY (ARRAY(SELECT ctid FROM idempotency_key "
                + "WHERE expires_at < now() LIMIT 50 FOR UPDATE SKIP LOCKED)) OR ctid = ANY (ARRAY(SELECT ctid "
                + "FROM idempotency_key WHERE subject = ?1 AND key = ?2 AND status_code IS NULL "
                + "AND created_at < now() - interval '5 seconds' FOR UPDATE SKIP LOCKED))")
                .setParameter(1, subject).setParameter(2, key).executeUpdate();
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (subject, key, operation, request_hash, expires_at) "
                        + "VALUES (?1, ?2, ?3, ?4, now() + interval '24 hours') ON CONFLICT DO NOTHING")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT operation, request_hash, status_code, location, etag, body "
                        + "FROM idempotency_key WHERE subject = ?1 AND key = ?2")
                .setParameter(1, subject).setParameter(2, key).getSingleResult();
        if (!operation.equals(row[0]) || !hash.equals(row[1])) {
            throw new ApiException(ApiException.Kind.UNPROCESSABLE,
                    "This Idempotency-Key was already used for a different request; use a new key for a new creation.",
                    List.of(new Problem.FieldError(HEADER, "already used for a different request")));
        }
        if (row[2] == null) {
            throw ApiException.conflict("A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        return Optional.of(Response.status(((Number) row[2]).intValue())
                .location(URI.create((String) row[3]))
                .header(HttpHeaders.ETAG, row[4])
                .header(REPLAYED, "true")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(row[5])
                .build());
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
