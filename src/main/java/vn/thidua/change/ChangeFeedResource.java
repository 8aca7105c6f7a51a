package vn.thidua.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Roles;

@Path("/api/v1/changes")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ChangeFeedResource {

    private final ChangeFeedService feed;

    public ChangeFeedResource(ChangeFeedService feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Read the changes after a cursor")
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to store.", content = @Content(
            schema = @Schema(implementation = ChangeFeedView.class)))
    public ChangeFeedView list(
            @Parameter(description = "The cursor stored from an earlier answer (`next`, or an item's `cursor`): only "
                    + "changes after it. Leave it out to start at the beginning.", example = "ODI0NTc6MTAzOQ",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{1,60}$", maxLength = 60))
            @QueryParam("after") String after,
            @Parameter(description = "At most this many changes; 1 to 1000 (more is refused with 400).",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000",
                            defaultValue = "100"))
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return feed.after(after, limit);
    }
}
