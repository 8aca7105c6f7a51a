package vn.thidua.dossier;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * Office files built to hurt whoever reads them after the service (issue 23): a DTD whose entities fetch files or
 * URLs or expand without end, in any encoding a parser reads; ZIP bombs, overlapping (Fifield's) or plain; archives
 * whose central directory tells another story than their entries; too many entries. Each is refused with a 415
 * problem that says why, leaves no document, version or large object behind, and the service answers at once
 * afterwards. Real DOCX, XLSX and ODT files are still accepted, the service's own Excel exports among them. The hostile files are built here, byte by byte where
 * a ZIP library would refuse to write them. Tests run with a 1 MiB limit per file, so archives may inflate to 10 MiB.
 */
@QuarkusTest
class HostileOoxmlTest {

    private static final String RECOMMENDATIONS = "/api/v1/award-recommendations";
    private static final int YEAR = Api.freshBlocYear();
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String TYPES = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    private static final String BODY = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>Báo cáo thành tích</w:t></w:r></w:p></w:body></w:document>";
    private static final String CONTENT_TYPES = DECLARATION + TYPES;
    private static final String DOCUMENT = DECLARATION + BODY;
    private static final String XXE = "<!DOCTYPE Types [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    @Inject
    AgroalDataSource dataSource;

    /** A draft nomination of Nghệ An (40) in a bloc of its own, whose dossier Nghệ An may add to. */
    private static long draft() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, YEAR, "38", "HEAD");
        Fixtures.member(cluster, YEAR, "40", "MEMBER");
        return Api.asProvince("40").body(Fixtures.recommendation(cluster, YEAR, "40", "Hợp tác xã Hồ sơ " + cluster, "40"))
                .post(RECOMMENDATIONS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response upload(long draft, String fileName, byte[] bytes) {
        return Api.asProvince("40").contentType("application/octet-stream").body(bytes)
                .queryParam("kind", "ACHIEVEMENTS_REPORT").queryParam("title", "Báo cáo thành tích năm " + YEAR)
                .queryParam("fileName", fileName).post(RECOMMENDATIONS + "/{id}/documents", draft);
    }

    /** Documents, versions and large objects stored. */
    private long[] stored() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM dossier_document), "
                     + "(SELECT count(*) FROM dossier_document_version), (SELECT count(*) FROM pg_largeobject_metadata)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    /** Uploads the file, expects a 415 whose detail says why, nothing stored, and the service answering at once after. */
    private void refused(long draft, String fileName, byte[] bytes, Matcher<String> why) throws Exception {
        long[] before = stored();
        upload(draft, fileName, bytes).then().spec(problem(415, "unsupported-media-type")).body("detail", why);
        assertArrayEquals(before, stored(), fileName + ": a refused file leaves no document, version or large object");
        Api.as("viewer").get(RECOMMENDATIONS + "/{id}/documents", draft).then().statusCode(200)
                .body("total", equalTo(0)).time(lessThan(3L), TimeUnit.SECONDS);
    }

    @Test
    void aDtdWhoseEntitiesPointAtALocalFileOrAnHttpListenerIsRefusedAndNothingConnects() throws Exception {
        long draft = draft();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            for (String system : new String[] {"file:///etc/passwd", "http://127.0.0.1:" + listener.getLocalPort() + "/thidua.dtd"}) {
                String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                        + "<!DOCTYPE Types [<!ENTITY xxe SYSTEM \"" + system + "\">]>\n"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"xml\" ContentType=\"&xxe;\"/></Types>";
                refused(draft, "Báo cáo.docx", docx(contentTypes.getBytes(StandardCharsets.UTF_8), DOCUMENT),
                        allOf(containsString("DTD"), containsString("[Content_Types].xml")));
                String externalSubset = DOCUMENT.replace("standalone=\"yes\"?>\n",
                        "standalone=\"no\"?>\n<!DOCTYPE w:document SYSTEM \"" + system + "\">");
                refused(draft, "Báo cáo.docx", docx(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), externalSubset),
                        allOf(containsString("DTD"), containsString("word/document.xml")));
            }
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept, "nothing connected to the entity's URL");
        }
    }

    @Test
    void aBillionLaughsDocxIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        String laughs = DOCUMENT.replace("?>\n", "?>\n" + dtd + "]>").replace("Báo cáo thành tích", "&lol9;");
        refused(draft(), "Báo cáo.docx", docx(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), laughs),
                allOf(containsString("DTD"), containsString("word/document.xml")));
    }

    @Test
    void aDtdIsFoundInEveryEncodingAndBehindEverythingAPrologMayHold() throws Exception {
        String hostile = XXE + TYPES.replace("application/xml", "&xxe;");
        Map<String, byte[]> variants = new LinkedHashMap<>();
        variants.put("UTF-16LE with its byte order mark",
                ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + hostile).getBytes(StandardCharsets.UTF_16LE));
        variants.put("UTF-16BE with its byte order mark",
                ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + hostile).getBytes(StandardCharsets.UTF_16BE));
        variants.put("UTF-16BE without a byte order mark",
                ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + hostile).getBytes(StandardCharsets.UTF_16BE));
        variants.put("UTF-8 with its byte order mark, behind comments and a processing instruction",
                ("\uFEFF<?xml version=\"1.0\"?>\n<!-- Tờ trình --><?thidua bản nháp?>\r\n\t<!---->" + hostile)
                        .getBytes(StandardCharsets.UTF_8));
        variants.put("a lower-case doctype", ("<?xml version=\"1.0\"?><!doctype" + hostile.substring(9))
                .getBytes(StandardCharsets.UTF_8));
        long draft = draft();
        for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
            refused(draft, variant.getKey() + ".docx", docx(variant.getValue(), DOCUMENT),
                    allOf(containsString("DTD"), containsString("[Content_Types].xml")));
        }

        // What a byte scan cannot read is refused as such: ECMA-376 Part 2 allows UTF-8 and UTF-16 only.
        Map<String, byte[]> unreadable = new LinkedHashMap<>();
        unreadable.put("EBCDIC", ("<?xml version=\"1.0\" encoding=\"IBM037\"?>" + hostile).getBytes(Charset.forName("IBM037")));
        unreadable.put("UTF-32", ("<?xml version=\"1.0\" encoding=\"UTF-32\"?>" + hostile).getBytes(Charset.forName("UTF-32BE")));
        unreadable.put("declared Latin-1", ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + TYPES)
                .getBytes(StandardCharsets.ISO_8859_1));
        for (Map.Entry<String, byte[]> variant : unreadable.entrySet()) {
            refused(draft, variant.getKey() + ".docx", docx(variant.getValue(), DOCUMENT),
                    allOf(containsString("UTF-8 or UTF-16"), containsString("[Content_Types].xml")));
        }
        byte[] longProlog = ("<?xml version=\"1.0\"?><!--" + "-".repeat(5000) + "-->" + hostile).getBytes(StandardCharsets.UTF_8);
        refused(draft, "Lời mở đầu dài.docx", docx(longProlog, DOCUMENT),
                allOf(containsString("before its first element"), containsString("[Content_Types].xml")));
    }

    @Test
    void aFifieldOverlappingBombIsRefusedByWhatItsCentralDirectoryDeclares() throws Exception {
        // One kernel of 1.1 MB of text, compressed some 20 to 1 (not a ratio refused), listed eleven times: 12 MB declared.
        HandMadeZip zip = new HandMadeZip();
        HandMadeZip.Local types = zip.write("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        HandMadeZip.Local kernel = zip.write("word/document.xml", rows(1_100_000));
        zip.list(types).list(kernel);
        for (int i = 1; i <= 10; i++) {
            zip.list("word/media/image" + i + ".png", kernel, kernel.size());
        }
        byte[] bomb = zip.bytes();
        assertTrue(bomb.length < 200_000, "a few hundred KB at most: " + bomb.length);
        refused(draft(), "Báo cáo.docx", bomb, allOf(containsString("declares"), containsString("10 MiB")));
    }

    @Test
    void anArchiveWhoseCentralDirectoryListsEntriesItsContentsDoNotHoldIsRefused() throws Exception {
        long draft = draft();
        // Hidden: a reader that streams the archive sees harmless content types; one that reads the central
        // directory (Word, Apache POI's ZipFile) gets a second [Content_Types].xml, behind bytes the stream stops at.
        HandMadeZip hidden = new HandMadeZip();
        HandMadeZip.Local types = hidden.write("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        HandMadeZip.Local document = hidden.write("word/document.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));
        hidden.junk("Hồ sơ".getBytes(StandardCharsets.UTF_8));
        HandMadeZip.Local hostileTypes = hidden.write("[Content_Types].xml",
                (XXE + TYPES).getBytes(StandardCharsets.UTF_8));
        hidden.list(hostileTypes).list(document);
        refused(draft, "Ẩn.docx", hidden.bytes(), containsString("central directory"));

        // Overlapping, within every size bound: two names for one entry's bytes.
        HandMadeZip overlapping = new HandMadeZip();
        types = overlapping.write("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        document = overlapping.write("word/document.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));
        overlapping.list(types).list(document).list("word/styles.xml", document, document.size());
        refused(draft, "Chồng lấn.docx", overlapping.bytes(), containsString("central directory"));

        // Lying: the directory names the entry otherwise than its local header.
        HandMadeZip renamed = new HandMadeZip();
        types = renamed.write("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        document = renamed.write("word/document.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));
        HandMadeZip.Local media = renamed.write("word/media/image1.png",
                (XXE.replace("Types", "w:document") + BODY).getBytes(StandardCharsets.UTF_8));
        renamed.list(types).list(document).list("word/document2.xml", media, media.size());
        refused(draft, "Đổi tên.docx", renamed.bytes(), containsString("central directory"));
    }

    @Test
    void anEntryThatExpandsTooFarIsRefusedWithoutInflatingIt() throws Exception {
        long draft = draft();
        // 2 MB of zeros compress to 2 KB: a thousand to one, under the 10 MiB bound.
        refused(draft, "Ảnh.docx", docx(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), DOCUMENT,
                "word/media/image1.png", new byte[2_000_000]), allOf(containsString("word/media/image1.png"),
                containsString("100 to 1")));

        // Honest headers, each entry 20 to 1, eleven entries: 12 MB declared, past the bound.
        byte[] rows = rows(1_100_000);
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= 11; i++) {
                entry(zip, "word/sheet" + i + ".xml", rows);
            }
        }
        refused(draft, "Bảng.docx", many.toByteArray(), allOf(containsString("declares"), containsString("10 MiB")));

        // Lying headers: 11 MB of zeros declared as 1,000 bytes, locally and in the central directory.
        HandMadeZip lying = new HandMadeZip();
        HandMadeZip.Local types = lying.write("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        HandMadeZip.Local document = lying.write("word/document.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));
        HandMadeZip.Local bomb = lying.write("word/media/image1.png", new byte[11_000_000], 1_000);
        lying.list(types).list(document).list(bomb);
        refused(draft, "Nói dối.docx", lying.bytes(), allOf(containsString("word/media/image1.png"),
                containsString("more than the 1000 bytes it declares")));
    }

    @Test
    void anArchiveWithMoreEntriesThanADocumentHasIsRefused() throws Exception {
        ByteArrayOutputStream crowded = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(crowded)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= 1000; i++) {
                entry(zip, "word/media/" + i, new byte[] {(byte) i});
            }
        }
        refused(draft(), "Đông.docx", crowded.toByteArray(), allOf(containsString("1002 entries"), containsString("1000")));
    }

    @Test
    void realDocxXlsxAndOdtFilesAndTheServicesOwnExcelExportAreAccepted() throws Exception {
        long draft = draft();
        // Written by POI's streaming writer (SXSSF), with 64-bit data descriptors that java.util.zip cannot read.
        byte[] export = Api.asProvince("40").accept(FileTypes.XLSX).queryParam("year", YEAR).get(RECOMMENDATIONS)
                .then().statusCode(200).contentType(FileTypes.XLSX).extract().asByteArray();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            for (int i = 1; i <= 500; i++) {
                word.createParagraph().createRun().setText(i + ". Hợp tác xã Đồng Tâm hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
            }
            word.createTable(40, 6).getRow(0).getCell(0).setText("Chỉ tiêu");
            word.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Điểm thi đua");
            for (int r = 0; r < 5000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("Tỉnh " + r);
                for (int c = 1; c < 8; c++) {
                    row.createCell(c).setCellValue(r * 0.5 + c);
                }
            }
            workbook.write(xlsx);
        }
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(odt)) {
            byte[] mimetype = FileTypes.ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            entry(zip, "content.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "META-INF/manifest.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>").getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> expected = Map.of("Báo cáo.docx", FileTypes.DOCX, "Bảng điểm.xlsx", FileTypes.XLSX,
                "Biên bản.odt", FileTypes.ODT, "Danh sách đề nghị.xlsx", FileTypes.XLSX);
        Map<String, byte[]> files = Map.of("Báo cáo.docx", docx.toByteArray(), "Bảng điểm.xlsx", xlsx.toByteArray(),
                "Biên bản.odt", odt.toByteArray(), "Danh sách đề nghị.xlsx", export);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            upload(draft, file.getKey(), file.getValue()).then().statusCode(201)
                    .body("current.mediaType", equalTo(expected.get(file.getKey())))
                    .body("current.sizeBytes", equalTo(file.getValue().length));
        }
    }

    /** A DOCX of these two parts, and of more entries given as name, bytes, name, bytes... */
    private static byte[] docx(byte[] contentTypes, String document, Object... more) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", contentTypes);
            entry(zip, "word/document.xml", document.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < more.length; i += 2) {
                entry(zip, (String) more[i], (byte[]) more[i + 1]);
            }
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** About this many bytes of paragraphs that differ from one another as a real document's do: some 20 to 1 deflated. */
    private static byte[] rows(int bytes) {
        StringBuilder text = new StringBuilder(bytes + 100);
        Random random = new Random(23);
        for (int i = 1; text.length() < bytes; i++) {
            text.append(String.format("<w:p><w:r><w:t>Hộ số %06d: %d điểm</w:t></w:r></w:p>", i, random.nextInt(10)));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A ZIP archive written field by field (APPNOTE 6.3.10, sections 4.3.7, 4.3.12, 4.3.16), so that its local headers
     * and its central directory can say what a hostile archive says: entries listed twice, under other names, with
     * other sizes, or hidden behind bytes a streaming reader stops at.
     */
    private static final class HandMadeZip {

        /** An entry written: where its local header is, and what it holds. */
        record Local(String name, int offset, long crc, int compressed, int size) {
        }

        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int listed;

        Local write(String name, byte[] content) {
            return write(name, content, content.length);
        }

        /** Writes an entry, deflated, whose local header declares {@code declared} bytes uncompressed. */
        Local write(String name, byte[] content, int declared) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                packed.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            CRC32 crc = new CRC32();
            crc.update(content);
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            Local local = new Local(name, data.size(), crc.getValue(), packed.size(), declared);
            int[] header = {0x04034b50, 20, 0x800, 8, 0, 0x21, (int) local.crc(), local.compressed(), declared,
                    nameBytes.length, 0};
            int[] widths = {4, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2};
            for (int i = 0; i < header.length; i++) {
                little(data, header[i], widths[i]);
            }
            data.writeBytes(nameBytes);
            data.writeBytes(packed.toByteArray());
            return local;
        }

        HandMadeZip list(Local local) {
            return list(local.name(), local, local.size());
        }

        /** Lists an entry in the central directory under this name, pointing at this local header, declaring this size. */
        HandMadeZip list(String name, Local local, int declared) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            int[] header = {0x02014b50, 20, 20, 0x800, 8, 0, 0x21, (int) local.crc(), local.compressed(), declared,
                    nameBytes.length, 0, 0, 0, 0, 0, local.offset()};
            int[] widths = {4, 2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4};
            for (int i = 0; i < header.length; i++) {
                little(directory, header[i], widths[i]);
            }
            directory.writeBytes(nameBytes);
            listed++;
            return this;
        }

        HandMadeZip junk(byte[] bytes) {
            data.writeBytes(bytes);
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(data.toByteArray());
            out.writeBytes(directory.toByteArray());
            int[] end = {0x06054b50, 0, 0, listed, listed, directory.size(), data.size(), 0};
            int[] widths = {4, 2, 2, 2, 2, 4, 4, 2};
            for (int i = 0; i < end.length; i++) {
                little(out, end[i], widths[i]);
            }
            return out.toByteArray();
        }

        private static void little(ByteArrayOutputStream out, int value, int width) {
            for (int i = 0; i < width; i++) {
                out.write(value >>> (8 * i));
            }
        }
    }
}
