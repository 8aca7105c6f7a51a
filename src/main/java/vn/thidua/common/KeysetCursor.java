package vn.thidua.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cursor of a keyset page: the id of the last row handed out, in a collection ordered by id, newest first.
 * Clients see it as opaque (base64url of "k1:id"; the prefix lets the form change without misreading old
 * cursors). It names a position only: the filters and what the caller may see are applied again on every
 * request, so a cursor made up or taken from someone else reveals nothing the caller could not list anyway.
 */
public final class KeysetCursor {

    public static final String PARAMETER = "cursor";

    private static final Pattern FORM = Pattern.compile("k1:(\\d{1,18})");

    private KeysetCursor() {
    }

    public static String after(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k1:" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The id a cursor names; anything this service did not hand out is a 400 naming the parameter. */
    public static long position(String cursor) {
        try {
            Matcher m = FORM.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
            if (m.matches()) {
                return Long.parseLong(m.group(1));
            }
        } catch (IllegalArgumentException notACursor) {
            // Not base64url: answered below like any other foreign value.
        }
        throw ApiException.badRequest(PARAMETER, "is not a cursor of this list; send the 'next' of an earlier answer "
                + "(with the same filters), or leave it out to read from the first page");
    }
}
