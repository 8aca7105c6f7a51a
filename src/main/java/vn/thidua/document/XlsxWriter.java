package vn.thidua.document;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.common.Table;
import vn.thidua.common.Numbers;

/**
 * Writes a {@link Table} as an Excel workbook: one sheet, a bold header row with a filter, frozen below the
 * header, typed cells (numbers as numbers with Vietnamese grouping in a Vietnamese Excel, dates as dates) and
 * column widths from the content. Streaming (POI's SXSSF): only a window of rows is in memory, the rest goes
 * to a compressed temporary file, so a list of any length fits a fixed memory budget.
 */
@Provider
@Produces(DocumentTypes.XLSX)
public class XlsxWriter implements MessageBodyWriter<Table> {

    /** Rows kept in memory while writing. */
    static final int ROW_WINDOW = 100;
    private static final int MAX_WIDTH = 60;
    /** Headers longer than this many characters wrap over lines (their longest word still fits). */
    private static final int HEADER_WRAP = 16;
    /** Excel's limit for the text of a cell. */
    private static final int MAX_TEXT = 32_767;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Table table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + table.tableName() + ".xlsx\"");
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            write(workbook, table);
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }

    private static void write(SXSSFWorkbook workbook, Table table) {
        Styles styles = new Styles(workbook);
        SXSSFSheet sheet = workbook.createSheet(table.tableName().length() > 31
                ? table.tableName().substring(0, 31) : table.tableName());
        List<String> header = table.tableHeader();
        int[] widths = new int[header.size()];
        Row first = sheet.createRow(0);
        int lines = 1;
        for (int c = 0; c < header.size(); c++) {
            Cell cell = first.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header);
            widths[c] = headerWidth(header.get(c));
            lines = Math.max(lines, lines(header.get(c), widths[c] - 1));
        }
        // Spreadsheet programs do not grow a row for wrapped text on their own: as many lines as the longest header.
        first.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        int[] next = {1};
        table.tableRows().forEach(values -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < values.size(); c++) {
                widths[c] = Math.max(widths[c], fill(row.createCell(c), values.get(c), styles));
                if (next[0] == 2 && values.get(c) instanceof Number) {
                    // A number column's header stands over its figures, on the right (row 0 is still in memory).
                    first.getCell(c).setCellStyle(styles.numberHeader);
                }
            }
        });
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(widths[c] + 1, MAX_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setFitToPage(true); // printed: landscape, all columns on one page wide
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, header.size() - 1));
    }

    /**
     * The width a header asks for, in characters: all of it if short, else its longest word (a long header wraps
     * over lines rather than widening its column far beyond its figures), plus room for the filter's button.
     */
    static int headerWidth(String header) {
        int longestWord = Arrays.stream(header.split("\\s+")).mapToInt(String::length).max().orElse(0);
        return Math.max(Math.min(header.length(), HEADER_WRAP), longestWord) + 3;
    }

    /** The lines a text takes once wrapped at word boundaries to the given width, in characters. */
    static int lines(String text, int width) {
        int lines = 1;
        int used = 0;
        for (String word : text.split("\\s+")) {
            if (used > 0 && used + 1 + word.length() > width) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + word.length();
        }
        return lines;
    }

    /** Sets the cell's value and style; answers the width it needs, in characters. */
    private static int fill(Cell cell, Object value, Styles styles) {
        if (value == null) {
            return 0;
        }
        if (value instanceof BigDecimal number) {
            BigDecimal plain = Numbers.plain(number);
            cell.setCellValue(plain.doubleValue());
            cell.setCellStyle(styles.number(plain.scale()));
            return Vietnamese.number(plain).length();
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number(0));
            return Vietnamese.number(BigDecimal.valueOf(number.longValue())).length();
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        if (value instanceof OffsetDateTime time) {
            cell.setCellValue(time.toLocalDateTime());
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        cell.setCellValue(text);
        cell.setCellStyle(styles.text);
        return text.length() + 1;
    }

    /** The workbook's cell styles, each made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle numberHeader;
        /** Texts stand one character in, apart from a figure right-aligned in the column before them. */
        final CellStyle text;
        final CellStyle date;
        final CellStyle dateTime;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();
        private final SXSSFWorkbook workbook;

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.LEFT);
            header.setIndention((short) 1);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            numberHeader = workbook.createCellStyle();
            numberHeader.cloneStyleFrom(header);
            numberHeader.setAlignment(HorizontalAlignment.RIGHT);
            numberHeader.setIndention((short) 0);
            text = workbook.createCellStyle();
            text.setAlignment(HorizontalAlignment.LEFT);
            text.setIndention((short) 1);
            date = formatted("dd/mm/yyyy");
            dateTime = formatted("dd/mm/yyyy hh:mm");
        }

        /** Thousands grouped, as many decimals as the value has (the reader's Excel shows its own separators). */
        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> formatted(d <= 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
        }

        private CellStyle formatted(String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
