package vn.thidua.workflow;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
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
 * <p>Each workflow (reports, recommendations, scorecards, covenants) declares in a subclass what differs: its item's
 * version, state, view, audit identity, time stamp and step table. The rules of who may take an action stay in the
 * access policy, given to {@link #open} by the service.
 *
 * @param <E> the item (entity)
 * @param <V> its view in the API
 * @param <A> its actions
 * @param <S> its states
 */
public abstract class Workflow<E, V, A extends Action, S extends State<A>> {

    private final EntityManager em;
    private final AuditTrail audit;
    private final CurrentUser user;

    protected Workflow(EntityManager em, AuditTrail audit, CurrentUser user) {
        this.em = em;
        this.audit = audit;
        this.user = user;
    }

    /** The item's entity name in the audit trail. */
    protected abstract String entity();

    /** The item's identity in the audit trail. */
    protected abstract Object auditId(E item);

    /** The item as messages name it ("Report 12"). */
    protected abstract String label(E item);

    protected abstract long version(E item);

    protected abstract S state(E item);

    protected abstract V view(E item);

    /** Stamps the time of the change on the item (its step carries that time). */
    protected abstract void touch(E item, A action);

    /** Writes the step of the history: the action from {@code from} (null for a creation) to the item's state now. */
    protected abstract void step(E item, A action, S from, CurrentUser.Actor actor, String note);

    /**
     * Opens an item the caller may see for an action: {@code authorize} refuses a caller who may not take it (403),
     * then the version (412) and the state (409) are checked.
     */
    public final E open(E visible, String ifMatch, A action, Consumer<E> authorize) {
        authorize.accept(visible);
        Versions.requireMatch(ifMatch, version(visible));
        state(visible).require(action, label(visible));
        return visible;
    }

    /** The item as it is before a change: its view (for the audit trail) and its state (for the step). */
    public final Before<V, S> before(E item) {
        return new Before<>(view(item), state(item));
    }

    /** Commits a change ({@code before} is null for a creation) and answers the new version. */
    public final Versioned<V> commit(E item, Before<V, S> before, A action, String note) {
        touch(item, action);
        step(item, action, before == null ? null : before.state(), user.actor(), note);
        em.flush();
        Versioned<V> after = versioned(item);
        audit.record(entity(), auditId(item), action.name().toLowerCase(), before == null ? null : before.view(), after.body());
        return after;
    }

    public final Versioned<V> versioned(E item) {
        return new Versioned<>(view(item), version(item));
    }

    /** An item before its change. */
    public record Before<V, S>(V view, S state) {
    }
}
