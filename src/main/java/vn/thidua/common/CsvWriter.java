package vn.thidua.common;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.Numbers;

/**
 * Writes a {@link Table} as RFC 4180 CSV in UTF-8, starting with a byte order mark so that Excel
 * shows Vietnamese diacritics (without it, Excel reads the file in the machine's ANSI code page).
 * Rows are written as they come, so a long list never sits in memory as a whole.
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<Table> {

    public static final String TEXT_CSV = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Table table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + table.tableName() + ".csv\"");
        out.write(BOM);
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            line(csv, table.tableHeader());
            table.tableRows().forEach(row -> line(csv, row));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static void line(Writer csv, List<?> cells) {
        try {
            csv.write(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(",")));
            csv.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. Text that a
     * spreadsheet would run as a formula (=, +, -, @ first, and not a number) gets a leading apostrophe.
     */
    private static String cell(Object content) {
        if (content == null) {
            return "";
        }
        String value = text(content);
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("^[-+]?[0-9.]+$")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** Numbers unformatted (17800, not 17800.0000 nor 17.800), dates in ISO 8601, enums by name. */
    private static String text(Object content) {
        if (content instanceof BigDecimal number) {
            return Numbers.plain(number).toPlainString();
        }
        if (content instanceof Enum<?> constant) {
            return constant.name();
        }
        return content.toString();
    }
}
