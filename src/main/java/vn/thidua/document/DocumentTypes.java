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
     * Whether the request's Accept header picks {@code type} among the types an operation {@code offers}
     * (in its order of preference), as JAX-RS negotiates: the acceptable types by quality and specificity,
     * the first of them that the operation offers; a wildcard takes the first type offered that matches it.
     * For an operation whose answer for one type needs other data than for the rest (the review report).
     */
    public static boolean picks(HttpHeaders headers, String type, List<String> offers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            for (String offer : offers) {
                if (acceptable.isCompatible(MediaType.valueOf(offer))) {
                    return offer.equals(type);
                }
            }
        }
        return false;
    }
}
