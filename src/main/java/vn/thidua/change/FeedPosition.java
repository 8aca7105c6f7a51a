package vn.thidua.change;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.common.ApiException;

/**
 * A place in the change feed: just after the event {@code id} written by transaction {@code txid}.
 * Clients see it as an opaque cursor (base64url of "txid:id") that they store and send back.
 */
record FeedPosition(long txid, long id) {

    /** Before every event. */
    static final FeedPosition START = new FeedPosition(0, 0);

    private static final Pattern FORM = Pattern.compile("(\\d{1,19}):(\\d{1,19})");

    String cursor() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((txid + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor names; a value this feed did not hand out is a 400. */
    static FeedPosition of(String cursor) {
        if (cursor == null) {
            return START;
        }
        try {
            Matcher m = FORM.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
            if (m.matches()) {
                return new FeedPosition(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            }
        } catch (IllegalArgumentException notACursor) {
            // Not base64url, or a number out of range: answered below like any other foreign value.
        }
        throw ApiException.badRequest("after", "is not a cursor of this feed; send the 'next' or an item's 'cursor' "
                + "of an earlier answer, or leave it out to read from the beginning");
    }
}
