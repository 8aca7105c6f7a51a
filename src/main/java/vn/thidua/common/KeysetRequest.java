package vn.thidua.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The keyset paging parameters of a large collection, beside {@link PageRequest}'s {@code page} and {@code size}:
 * {@code cursor} (read on after the position an earlier answer's {@code next} names) and {@code withTotal}
 * (whether to count the whole filtered set). Long descriptions are in META-INF/openapi.yaml.
 */
public class KeysetRequest {

    @QueryParam(KeysetCursor.PARAMETER)
    @Parameter(description = "Opaque cursor from an earlier answer's `next`: reads the page after it.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    String cursor;

    @QueryParam("withTotal")
    @Parameter(description = "Whether to count all matching items (`total`). Default: true on a numbered page, "
            + "false on a page read by `cursor`.", schema = @Schema(type = SchemaType.BOOLEAN))
    Boolean withTotal;

    public KeysetRequest() {
    }

    public KeysetRequest(String cursor, Boolean withTotal) {
        this.cursor = cursor;
        this.withTotal = withTotal;
    }

    /** The id to read on after, when paging by cursor; a cursor with a page number is a 400 (which would win?). */
    public OptionalLong after(PageRequest page) {
        if (cursor == null) {
            return OptionalLong.empty();
        }
        if (page.page != 0) {
            throw ApiException.badRequest("page", "cannot be combined with 'cursor'; the cursor names the position");
        }
        return OptionalLong.of(KeysetCursor.position(cursor));
    }

    /** Whether the answer carries the total: asked for, or by default on numbered pages only. */
    public boolean counted() {
        return withTotal != null ? withTotal : cursor == null;
    }

    /** The URL of the next page: this request's, with the cursor in place of any page number. */
    public static URI nextLink(UriInfo uri, String next) {
        return uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam(KeysetCursor.PARAMETER, next).build();
    }
}
