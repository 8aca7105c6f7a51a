package vn.thidua.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection, in a stable order; {@code total} tells how many pages there are.
 * A class rather than a record so that each collection can name its page schema in the contract
 * with an empty subclass (e.g. {@code ClusterPage extends PageView<ClusterView>}).
 */
public class PageView<T> {

    @Schema(description = "The items of this page.", required = true)
    public final List<T> items;

    @Schema(description = "This page's number, starting at 0.", example = "0", required = true)
    public final int page;

    @Schema(description = "The page size asked for.", example = "20", required = true)
    public final int size;

    @Schema(description = "How many items match the filters, on all pages.", example = "9", required = true)
    public final long total;

    protected PageView(List<T> items, int page, int size, long total) {
        this.items = items;
        this.page = page;
        this.size = size;
        this.total = total;
    }

    /** Runs the count and the page query in the database; maps only the rows of this page. */
    public static <E, T> PageView<T> of(PanacheQuery<E> query, PageRequest request, Function<List<E>, List<T>> mapper) {
        PanacheQuery<E> paged = query.page(request.toPanache());
        List<E> rows = paged.list();
        return new PageView<>(mapper.apply(rows), request.page, request.size, paged.count());
    }
}
