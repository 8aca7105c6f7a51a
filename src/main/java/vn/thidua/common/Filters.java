package vn.thidua.common;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The where clause of a filtered list, from the filters a caller gave: a condition is added only when its value is
 * there, with its named parameter.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code condition}, which names {@code :name}, when {@code value} is not null. */
    public Filters and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds a condition that takes no parameter. */
    public Filters and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** {@code from} ("from Entity e") with the conditions added. */
    public String from(String from) {
        return conditions.isEmpty() ? from : from + " where " + String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
