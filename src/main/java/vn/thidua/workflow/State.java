package vn.thidua.workflow;

import java.util.List;
import vn.thidua.common.ApiException;

/** Where an item is in its workflow, and the actions that state allows. */
public interface State<A extends Action> {

    String name();

    /** The actions allowed in this state, in the order the API lists them. */
    List<A> allowed();

    default boolean allows(A action) {
        return allowed().contains(action);
    }

    /** The allowed actions as the API names them. */
    default List<String> allowedActions() {
        return allowed().stream().map(Action::path).toList();
    }

    /** Refuses an action this state does not allow: a 409 whose {@code allowedActions} names those it does. */
    default void require(A action, String item) {
        if (!allows(action)) {
            throw ApiException.notAllowedNow(item + " is " + name() + " and cannot be given the action '" + action.path()
                    + "'.", allowedActions());
        }
    }
}
