package vn.thidua.common;

import java.util.List;

/**
 * A read-only aggregate that can also be answered as {@code text/csv} ({@link CsvWriter}), for
 * officers who open it in Excel. Cells are text as the reader should see it; numbers unformatted.
 */
public interface CsvTable {

    /** The header row. */
    List<String> csvHeader();

    /** The data rows, each as long as the header. */
    List<List<String>> csvRows();

    /** A file name for the download, ASCII only (e.g. {@code DBSH-2023-H1-summary.csv}). */
    String csvFileName();
}
