package vn.thidua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, judged by its bytes, never by its name or the type its sender declared. Accepted: PDF,
 * JPEG, PNG, and the Office Open XML and OpenDocument files (DOCX, XLSX, ODT), which are ZIP archives and
 * are accepted only when every entry stays inside the archive. Everything else (executables, HTML, SVG,
 * other archives) is refused.
 */
final class FileTypes {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    /** Not a type served: a ZIP archive whose entries must be read to know what it is. */
    static final String ZIP = "application/zip";
    static final String ACCEPTED = "PDF, DOCX, XLSX, ODT, JPEG or PNG";
    /** How many bytes the first look needs. */
    static final int HEAD = 8;
    /** Inflating more than this while looking into an archive makes it a refused archive (a ZIP bomb). */
    private static final long MAX_INFLATED = 1L << 30;

    private FileTypes() {
    }

    /** The type announced by the first bytes, or empty for a type the service does not accept. */
    static Optional<String> ofHead(byte[] head, int length) {
        byte[] h = Arrays.copyOf(head, length);
        if (startsWith(h, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(h, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return Optional.of(PNG);
        }
        if (startsWith(h, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(h, new byte[] {'P', 'K', 3, 4})) {
            return Optional.of(ZIP);
        }
        return Optional.empty();
    }

    /**
     * What a ZIP archive holds: DOCX, XLSX or ODT; empty for any other archive, one with an entry whose path
     * escapes it (absolute, with "..", a drive or a backslash), or one that cannot be read.
     */
    static Optional<String> ofArchive(InputStream archive) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        boolean odt = false;
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            boolean first = true;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (escapes(name)) {
                    return Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
                if (first && name.equals("mimetype")) {
                    odt = new String(zip.readNBytes(ODT.length() + 1), StandardCharsets.US_ASCII).equals(ODT);
                }
                first = false;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (odt) {
            return Optional.of(ODT);
        }
        if (contentTypes && word) {
            return Optional.of(DOCX);
        }
        if (contentTypes && excel) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean escapes(String name) {
        return name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || Arrays.asList(name.split("/")).contains("..");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
