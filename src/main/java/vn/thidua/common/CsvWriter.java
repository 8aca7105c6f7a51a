package vn.thidua.common;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV in UTF-8, starting with a byte order mark so that Excel
 * shows Vietnamese diacritics (without it, Excel reads the file in the machine's ANSI code page).
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<CsvTable> {

    public static final String TEXT_CSV = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvTable table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + table.csvFileName() + "\"");
        StringBuilder csv = new StringBuilder();
        line(csv, table.csvHeader());
        table.csvRows().forEach(row -> line(csv, row));
        out.write(BOM);
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. Text that a
     * spreadsheet would run as a formula (=, +, -, @ first, and not a number) gets a leading apostrophe.
     */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("^[-+]?[0-9.]+$")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
