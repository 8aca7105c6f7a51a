package vn.thidua.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.Table;

/** The Excel writer on its own: a long list streams through a fixed window of rows. */
class XlsxWriterTest {

    private static final int ROWS = 100_000;

    @Test
    void aHundredThousandRowsAreWrittenWithinAFixedMemoryBudget(@TempDir Path directory) throws Exception {
        long[] heap = new long[2];
        Table table = new Table() {
            @Override
            public List<String> tableHeader() {
                return List.of("Mã", "Tên", "Tỉnh", "Giá trị", "Ngày quyết định", "Thành tích");
            }

            @Override
            public Stream<List<?>> tableRows() {
                return IntStream.rangeClosed(1, ROWS).mapToObj(i -> {
                    if (i == 10_000) {
                        heap[0] = usedHeap();
                    } else if (i == ROWS) {
                        heap[1] = usedHeap();
                    }
                    return Arrays.asList(i, "Nguyễn Văn Thi Đua " + i, "Thái Bình", new BigDecimal(i).movePointLeft(2),
                            LocalDate.of(2024, 10, 14), "Hoàn thành xuất sắc nhiệm vụ năm 2023, dẫn đầu phong trào thi đua " + i);
                });
            }

            @Override
            public String tableName() {
                return "long-list";
            }
        };
        Path file = directory.resolve("long-list.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxWriter().writeTo(table, Table.class, Table.class, null, null, new MultivaluedHashMap<>(), out);
        }

        // 90,000 rows of six cells held in memory would take well over 100 MB; a window of rows takes none of that.
        long growth = heap[1] - heap[0];
        assertTrue(growth < 32L * 1024 * 1024, "the heap grew by " + growth / (1024 * 1024) + " MB while writing");
        assertEquals(ROWS + 1, rowsIn(file));
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Counts the rows of the first sheet with POI's streaming reader, as a large file must be read. */
    private static int rowsIn(Path file) throws Exception {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
             InputStream sheet = new XSSFReader(workbook).getSheetsData().next()) {
            XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(sheet);
            int rows = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    rows++;
                }
            }
            return rows;
        }
    }
}
