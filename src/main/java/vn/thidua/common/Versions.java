package vn.thidua.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;

/**
 * Optimistic concurrency over HTTP: a resource's version is its {@code ETag}; writes must send it
 * back in {@code If-Match}, so two portals never silently overwrite each other.
 */
public final class Versions {

    public static final String IF_MATCH_DESCRIPTION =
            "The ETag of the resource as last read. Required: 428 without it, 412 when the resource has changed since.";

    private Versions() {
    }

    /**
     * Whether an If-Match header names this version, by the strong comparison a precondition on a write needs
     * (RFC 9110 §13.1.1): {@code "3"} or {@code *} match version 3; a weak validator ({@code W/"3"}) never does.
     */
    static boolean matches(String ifMatch, long version) {
        String current = "\"" + version + "\"";
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.equals("*") || value.equals(current)) {
                return true;
            }
        }
        return false;
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses the write unless {@code ifMatch} names the current version (or is {@code *}). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ApiException.Kind.PRECONDITION_REQUIRED,
                    "Send the resource's ETag in If-Match: read it with GET first.", List.of());
        }
        if (matches(ifMatch, currentVersion)) {
            return;
        }
        throw new ApiException(ApiException.Kind.PRECONDITION_FAILED,
                "The resource has changed since you read it (current ETag \"" + currentVersion + "\"); read it again and retry.",
                List.of());
    }
}
