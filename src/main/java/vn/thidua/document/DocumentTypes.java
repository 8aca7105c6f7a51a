package vn.thidua.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The media types of the documents the service answers besides JSON and CSV, and which one a request asks for. */
public final class DocumentTypes {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    private DocumentTypes() {
    }

    /**
     * The type to answer among those an operation {@code offers} (in its order of preference), for an operation
     * whose answer for one type needs other data than for the rest (the review report, a whole list): each
     * offer gets the quality of the most specific range of the Accept header that matches it; the highest
     * wins, and among equals the operation's preference (as JAX-RS does for the other operations). The
     * resource answers with this type set explicitly, so that the writer and the data always agree.
     */
    public static String negotiate(HttpHeaders headers, List<String> offers) {
        String best = offers.get(0);
        double bestQuality = -1;
        for (String offer : offers) {
            double quality = quality(headers.getAcceptableMediaTypes(), MediaType.valueOf(offer));
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return best;
    }

    /** The q of the most specific acceptable range that matches the type (0 when none does). */
    private static double quality(List<MediaType> acceptable, MediaType type) {
        int specificity = -1;
        double quality = 0;
        for (MediaType range : acceptable) {
            if (!range.isCompatible(type)) {
                continue;
            }
            int rangeSpecificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (rangeSpecificity > specificity) {
                specificity = rangeSpecificity;
                String q = range.getParameters().get("q");
                quality = q == null ? 1 : Double.parseDouble(q);
            }
        }
        return quality;
    }
}
