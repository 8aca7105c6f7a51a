package vn.thidua.workflow;

import java.util.Locale;

/**
 * What can happen to an item of a workflow (a report, a recommendation, and the scorecards and covenants to
 * come): creating, editing and the explicit actions. Its name in the API, in addresses ({@code .../submit}) and in
 * {@code allowedActions}, is its lower-case name ({@code update} stands for PUT).
 */
public interface Action {

    String name();

    default String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
