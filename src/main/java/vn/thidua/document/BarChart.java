package vn.thidua.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a bar chart shows, without how it is drawn ({@link ChartRenderer}): one bar per category (a
 * member, a state) and series, horizontal so that province names read well.
 *
 * @param title      the chart's title, in Vietnamese
 * @param valueLabel the value axis's label (the unit)
 * @param categories the categories, top to bottom
 * @param series     one or more series, each with a value per category (null: no bar)
 * @param fileName   a file name without extension, ASCII only
 */
public record BarChart(String title, String valueLabel, List<String> categories, List<Series> series, String fileName) {

    public record Series(String name, List<BigDecimal> values) {
    }
}
