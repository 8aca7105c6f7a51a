package vn.thidua.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeFeed", description = "The next changes after a cursor, oldest first, and the cursor to store.")
public record ChangeFeedView(
        @Schema(description = "The changes after the cursor asked for, at most `limit`, oldest first; empty when "
                + "there is nothing new yet.", required = true)
        List<ChangeView> items,
        @Schema(description = "The cursor to store and send as `after` on the next call: the last item's, or the one "
                + "asked for when there is nothing new.", example = "ODI0NTg6MTA0Mg", required = true)
        String next) {
}
