package vn.thidua.workflow;

import jakarta.persistence.EntityManager;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.CurrentUser;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;

/**
 * The procedure every workflow action follows, written once. Opening an item for an action checks, in this order, so
 * that no answer tells an outsider more than they may know: that the caller may see it (the caller's read: 404 as if
 * unknown), may take the action (403), holds the current version (If-Match: 412), and that its state allows the
 * action (409 naming the allowed ones). Committing the change stamps its time, writes its step in the history (from
 * the state before), has the database check its rules (flush), and records the audit event of the new version.
 *
 * <p>Each workflow (reports, recommendations, scorecards, covenants) declares what differs in its {@link Items}: its
 * item's version, state, view, audit identity, time stamp and step table. The rules of who may take an action stay in the
 * access policy, given to {@link #open} by the service.
 *
 * @param <E> the item (entity)
 * @param <V> its view in the API
 * @param <A> its actions
 * @param <S> its states
 */
public abstract class Workflow<E, V, A extends Action, S extends State<A>> {

    /**
     * What a workflow declares about its items: the entity name and identity in the audit trail, the item as messages
     * name it ("Report 12"), its version, state and view, how a change stamps its time (which its step carries), and
     * how its step is written (the action from a state, null for a creation, to the item's state now).
     */
    public record Items<E, V, A extends Action, S extends State<A>>(String entity, Function<E, Object> auditId,
                                                                     Function<E, String> label, ToLongFunction<E> version,
                                                                     Function<E, S> state, Function<E, V> view,
                                                                     BiConsumer<E, A> touch, StepWriter<E, A, S> step) {
    }

    /** Writes a step of an item's history. */
    @FunctionalInterface
    public interface StepWriter<E, A, S> {
        void record(E item, A action, S from, CurrentUser.Actor actor, String note);
    }

    private final EntityManager em;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Items<E, V, A, S> items;

    protected Workflow(EntityManager em, AuditTrail audit, CurrentUser user, Items<E, V, A, S> items) {
        this.em = em;
        this.audit = audit;
        this.user = user;
        this.items = items;
    }

    /**
     * Opens an item the caller may see for an action: {@code authorize} refuses a caller who may not take it (403),
     * then the version (412) and the state (409) are checked.
     */
    public final E open(E visible, String ifMatch, A action, Consumer<E> authorize) {
        authorize.accept(visible);
        Versions.requireMatch(ifMatch, items.version().applyAsLong(visible));
        items.state().apply(visible).require(action, items.label().apply(visible));
        return visible;
    }

    /** The item as it is before a change: its view (for the audit trail) and its state (for the step). */
    public final Before<V, S> before(E item) {
        return new Before<>(items.view().apply(item), items.state().apply(item));
    }

    /** Commits a change ({@code before} is null for a creation) and answers the new version. */
    public final Versioned<V> commit(E item, Before<V, S> before, A action, String note) {
        items.touch().accept(item, action);
        items.step().record(item, action, before == null ? null : before.state(), user.actor(), note);
        em.flush();
        Versioned<V> after = versioned(item);
        audit.record(items.entity(), items.auditId().apply(item), action.name().toLowerCase(),
                before == null ? null : before.view(), after.body());
        return after;
    }

    public final Versioned<V> versioned(E item) {
        return new Versioned<>(items.view().apply(item), items.version().applyAsLong(item));
    }

    /** An item before its change. */
    public record Before<V, S>(V view, S state) {
    }
}
