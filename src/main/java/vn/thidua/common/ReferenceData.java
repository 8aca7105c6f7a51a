package vn.thidua.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Conditional GET of the reference data lists (provinces, clusters, award types, indicators), which portals read on
 * every screen and which change a few times a year. Their answer carries a weak {@code ETag} made of the version of
 * the table (V25 {@code reference_data_version}, bumped by the database on every write, whoever writes) and of
 * what else selects the answer (path, query, Accept, and today's date, the default of {@code asOf}); a request whose
 * {@code If-None-Match} names it is answered 304 after one primary-key read, without reading the list. Nothing is
 * kept in the service's memory, so every instance answers the same and a change is seen at once everywhere.
 * {@code Cache-Control: private, max-age=60, must-revalidate}: a portal (a browser, or a server-side client cache)
 * may reuse a list for a minute, then must ask again (cheaply, with If-None-Match); shared caches must not keep
 * it, since every answer needs a token.
 */
@ApplicationScoped
public class ReferenceData {

    public static final String PROVINCE = "province";
    public static final String CLUSTER = "cluster";
    public static final String AWARD_TYPE = "award_type";
    public static final String INDICATOR = "indicator";

    /** Instead of the {@code no-store} every other API answer carries (application.properties leaves these lists out). */
    static final String CACHE_CONTROL = "private, max-age=60, must-revalidate";

    public static final String IF_NONE_MATCH = "The ETag of a copy of this list the client has: answered 304 while it is current.";

    private final EntityManager em;
    private final Today today;

    public ReferenceData(EntityManager em, Today today) {
        this.em = em;
        this.today = today;
    }

    /**
     * The list {@code read} gives, or 304 when the caller's copy is current. The version is read before the list: a
     * write committed in between gives the new list the old version's tag, so the next request gets a 200 again,
     * never a 304 for stale data.
     */
    public Response list(String kind, String ifNoneMatch, UriInfo uri, HttpHeaders headers, Supplier<Object> read) {
        long version = ((Number) em.createNativeQuery("SELECT version FROM reference_data_version WHERE kind = :kind")
                .setParameter("kind", kind).getSingleResult()).longValue();
        EntityTag tag = new EntityTag(kind + "." + version + "." + selection(uri, headers), true);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag.getValue())) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        return Response.ok(read.get()).tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    /** What selects the answer besides the data: the same URL and Accept on another day may answer otherwise. */
    private String selection(UriInfo uri, HttpHeaders headers) {
        String selection = uri.getPath() + "?" + uri.getRequestUri().getRawQuery() + "|"
                + headers.getHeaderString(HttpHeaders.ACCEPT) + "|" + today.date();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(selection.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Weak comparison (RFC 9110 §13.1.2): {@code W/"x"} and {@code "x"} both match x; {@code *} matches any. */
    static boolean matches(String ifNoneMatch, String value) {
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.trim();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("\"" + value + "\"")) {
                return true;
            }
        }
        return false;
    }
}
