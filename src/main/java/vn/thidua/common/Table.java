package vn.thidua.common;

import java.util.List;
import java.util.stream.Stream;

/**
 * A read-only aggregate or list that can also be answered as a table, for officers who open it in
 * Excel: {@code text/csv} ({@link CsvWriter}) or a spreadsheet ({@code vn.thidua.document.XlsxWriter}).
 * Cells are typed so that a spreadsheet keeps numbers as numbers and dates as dates.
 */
public interface Table {

    /** The header row. */
    List<String> tableHeader();

    /**
     * The data rows, each as long as the header, read once. Cells are {@code String}, {@code Number},
     * {@code LocalDate}, {@code OffsetDateTime}, an enum (written as its name) or {@code null} (empty).
     * Long lists produce their rows lazily, page by page from the database.
     */
    Stream<List<?>> tableRows();

    /** A file name for the download without its extension, ASCII only (e.g. {@code DBSH-2023-H1-summary}). */
    String tableName();
}
