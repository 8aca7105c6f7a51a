package vn.thidua.common;

import io.quarkus.panache.common.Page;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every collection takes: {@code page} (0-based) and {@code size} (1 to 100). */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, starting at 0.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Items per page; at most 100 (a larger size is refused with 400).",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The Panache page, after checking the bounds (400 when outside them). */
    public Page toPanache() {
        if (page < 0) {
            throw ApiException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ApiException.badRequest("page", "is beyond the end of any collection");
        }
        return Page.of(page, size);
    }
}
