package vn.thidua.dossier;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, judged by its bytes, never by its name or the type its sender declared. Accepted: PDF,
 * JPEG, PNG, and the Office Open XML and OpenDocument files (DOCX, XLSX, ODT), which are ZIP archives and
 * are accepted only when every entry stays inside the archive and nothing in them is built to hurt their
 * readers ({@link ArchiveInspection}). Everything else (executables, HTML, SVG, other archives) is refused.
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

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
