package vn.thidua.dossier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.common.ApiException;

/**
 * A download as HTTP answers it: always as an attachment (never shown inline, so never run as a page) with
 * the file name kept (RFC 6266 with the RFC 5987 UTF-8 form for Vietnamese), the SHA-256 as a strong ETag
 * for If-None-Match (304), and one byte range (RFC 9110 §14) for resuming.
 */
final class Downloads {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private Downloads() {
    }

    static Response answer(DossierService service, DossierService.Content content, String ifNoneMatch, String range,
                           String ifRange) {
        EntityTag etag = new EntityTag(content.sha256());
        if (ifNoneMatch != null && matches(ifNoneMatch, content.sha256())) {
            return Response.notModified(etag).build();
        }
        long size = content.size();
        long[] span = ifRange == null || ifRange.strip().equals("\"" + content.sha256() + "\"") ? span(range, size) : null;
        long offset = span == null ? 0 : span[0];
        long length = span == null ? size : span[1] - span[0] + 1;
        service.recordDownload(content, span == null ? null : "bytes " + span[0] + "-" + span[1]);
        StreamingOutput body = out -> service.copy(content, offset, length, out);
        Response.ResponseBuilder response = Response.status(span == null ? 200 : 206).entity(body)
                .type(content.mediaType())
                .tag(etag)
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", disposition(content.fileName()));
        if (span != null) {
            response.header("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + size);
        }
        return response.build();
    }

    /** Whether If-None-Match names this SHA-256 (weak comparison, as RFC 9110 §13.1.2 asks) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String sha256) {
        for (String tag : ifNoneMatch.split(",")) {
            String value = tag.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals("\"" + sha256 + "\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first and last byte of a single range (RFC 9110 §14.1.2); null for no Range header, or one this service
     * answers whole (several ranges, another unit, a last position before the first). A last position past the end,
     * or a suffix longer than the file, selects up to the last byte; a range that starts at or past the end is refused
     * with 416. Positions too large for a long are past the end of any file, not a reason to answer the whole file.
     */
    static long[] span(String range, long size) {
        if (range == null) {
            return null;
        }
        Matcher m = RANGE.matcher(range.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return null;
        }
        long first;
        long last = size - 1;
        if (m.group(1).isEmpty()) {
            long suffix = position(m.group(2));
            if (suffix == 0) {
                throw unsatisfiable(size);
            }
            first = Math.max(0, size - suffix);
        } else {
            first = position(m.group(1));
            if (!m.group(2).isEmpty()) {
                long requestedLast = position(m.group(2));
                if (requestedLast < first) {
                    return null;
                }
                last = Math.min(requestedLast, last);
            }
        }
        if (first >= size) {
            throw unsatisfiable(size);
        }
        return new long[] {first, last};
    }

    /** A byte position or suffix length of the header (ASCII digits); one beyond a long lies past every file's end. */
    private static long position(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return Long.MAX_VALUE;
        }
    }

    private static ApiException unsatisfiable(long size) {
        return ApiException.rangeNotSatisfiable("The range selects no byte of the file (" + size + " bytes): it starts at or "
                + "past the end, or asks for the last 0 bytes.", size);
    }

    /** {@code attachment} with an ASCII fallback name and the exact UTF-8 name (RFC 6266, RFC 5987). */
    static String disposition(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]", "_")
                .replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
