package vn.thidua.document;

/** An aggregate that can also be answered as a picture ({@code image/png}, {@code image/svg+xml}) by {@link ChartWriter}. */
public interface Charted {

    BarChart chart();
}
