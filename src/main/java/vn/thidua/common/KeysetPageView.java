package vn.thidua.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a large collection that may be read by offset ({@code page}) or by keyset ({@code cursor}):
 * {@code next} is the cursor of the following page (absent on the last one), {@code total} is there only when
 * counted (always for a numbered page unless the caller declines it, only on request for a cursor page), because
 * counting a large filtered set costs more than reading a page of it. A class so that each collection can name
 * its page schema in the contract with an empty subclass.
 */
public class KeysetPageView<T> {

    @Schema(description = "The items of this page.", required = true)
    public final List<T> items;

    @Schema(description = "This page's number, starting at 0; absent on a page read by `cursor`.", example = "0")
    public final Integer page;

    @Schema(description = "The page size asked for.", example = "20", required = true)
    public final int size;

    @Schema(description = "How many items match the filters, on all pages. Present on a numbered page unless "
            + "`withTotal=false` was sent, and on a page read by `cursor` only with `withTotal=true`.", example = "9")
    public final Long total;

    @Schema(description = "Opaque cursor of the following page: send it back as `cursor` (with the same filters) "
            + "to read on. Absent on the last page. The `Link` header with `rel=\"next\"` holds the same page's URL.",
            example = "azE6MTIzNDU")
    public final String next;

    protected KeysetPageView(List<T> items, Integer page, int size, Long total, String next) {
        this.items = items;
        this.page = page;
        this.size = size;
        this.total = total;
        this.next = next;
    }

    public static <T> KeysetPageView<T> of(List<T> items, Integer page, int size, Long total, String next) {
        return new KeysetPageView<>(items, page, size, total, next);
    }
}
