package vn.thidua.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    /**
     * One page of what {@code from} selects ("from Entity e where ...", HQL without its order), in {@code order}, with
     * the total; both are counted and read by the database, and only the page's rows are mapped.
     */
    public static <E, T> PageView<T> of(Class<E> type, String from, String order, Parameters params, PageRequest request,
                                        Function<List<E>, List<T>> mapper) {
        return of(type, from, from, order, params, request, mapper);
    }

    /**
     * The same, where the page's rows are read by {@code rows}, which selects what {@code counted} selects and fetches
     * what their views show with it ("from Entity e join fetch e.other where ..."); the count joins nothing.
     * <p>
     * The count is a query written out, which Hibernate plans once: Panache's {@code count()} derives a count query
     * from the list's query at every call and plans it anew, which was a fifth of the service's time of a page of
     * award recommendations in the benchmark's profile.
     */
    public static <E, T> PageView<T> of(Class<E> type, String rows, String counted, String order, Parameters params,
                                        PageRequest request, Function<List<E>, List<T>> mapper) {
        Page page = request.toPanache();
        EntityManager em = Panache.getEntityManager();
        TypedQuery<E> list = bind(em.createQuery(rows + " order by " + order, type), params);
        list.setFirstResult(page.index * page.size).setMaxResults(page.size);
        List<E> found = list.getResultList();
        return new PageView<>(mapper.apply(found), request.page, request.size, count(counted, params));
    }

    /** How many rows {@code from} ("from Entity e where ...", without an order) selects. */
    public static long count(String from, Parameters params) {
        return bind(Panache.getEntityManager().createQuery("select count(*) " + from, Long.class), params).getSingleResult();
    }

    private static <R> TypedQuery<R> bind(TypedQuery<R> query, Parameters params) {
        params.map().forEach(query::setParameter);
        return query;
    }
}
