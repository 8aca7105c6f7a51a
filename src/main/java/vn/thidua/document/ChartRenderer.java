package vn.thidua.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Draws a {@link BarChart} with JFreeChart, as PNG or SVG, in DejaVu Sans (it has every Vietnamese letter). */
public final class ChartRenderer {

    public static final int WIDTH = 900;
    /** The least height; charts with many bars (members × series) grow so that each bar stays readable. */
    public static final int HEIGHT = 560;
    private static final String FONT = "DejaVu Sans";
    private static final Color[] COLORS = {new Color(0xB71C1C), new Color(0x1565C0), new Color(0x2E7D32), new Color(0xEF6C00)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartRenderer() {
    }

    /** The picture's height in pixels for this chart. */
    public static int height(BarChart chart) {
        return Math.max(HEIGHT, 140 + 26 * chart.categories().size() * chart.series().size());
    }

    public static byte[] png(BarChart chart) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, draw(chart), WIDTH, height(chart));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    public static String svg(BarChart chart) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height(chart));
        draw(chart).draw(svg, new Rectangle(0, 0, WIDTH, height(chart)));
        // The element without JFreeSVG's DOCTYPE: readers need not fetch the SVG 1.1 DTD from the W3C.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement();
    }

    static JFreeChart draw(BarChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BarChart.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(series.values().get(i), series.name(), chart.categories().get(i));
            }
        }
        NumberFormat numbers = Vietnamese.numberFormat();
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 17));
        categories.setCategoryMargin(0.15);
        NumberAxis values = new NumberAxis(chart.valueLabel());
        values.setLabelFont(new Font(FONT, Font.PLAIN, 16));
        values.setTickLabelFont(new Font(FONT, Font.PLAIN, 15));
        values.setNumberFormatOverride(numbers);
        values.setUpperMargin(0.15); // room for the labels at the bars' ends

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 15));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        for (int s = 0; s < chart.series().size(); s++) {
            bars.setSeriesPaint(s, COLORS[s % COLORS.length]);
        }

        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBDBDBD));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);

        JFreeChart drawn = new JFreeChart(null, new Font(FONT, Font.BOLD, 20), plot, chart.series().size() > 1);
        TextTitle title = new TextTitle(chart.title(), new Font(FONT, Font.BOLD, 20));
        title.setMaximumLinesToDisplay(2);
        drawn.setTitle(title);
        drawn.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = drawn.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 16));
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return drawn;
    }
}
