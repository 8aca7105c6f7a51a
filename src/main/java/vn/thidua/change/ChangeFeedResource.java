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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @Operation(operationId = "listChanges", summary = "Read the changes after a cursor",
            description = "Every change to reports, award recommendations and scorecards (created, updated, each workflow action), "
                    + "oldest first, so that another system stays in sync without polling every list. Store `next` "
                    + "and send it as `after` on the next call: you get exactly the changes you have not seen, none "
                    + "twice and none skipped, also while several instances of the service write. Without `after` the "
                    + "feed starts at the beginning. An empty page means nothing new yet: poll again later with the "
                    + "same cursor. A change appears once every transaction that began before it has ended, usually "
                    + "within a second. Each item says what changed and its status; read the item itself at `href`. "
                    + "You see the changes you may read: a province officer those of their own province's items and "
                    + "other provinces' items once they leave DRAFT; central staff, admins and viewers all.")
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to store.", content = @Content(
            schema = @Schema(implementation = ChangeFeedView.class), examples = @ExampleObject(
                    name = "Hà Nam submits its report, Nam Định's flag nominee is endorsed", value = """
                            {"items": [
                              {"cursor": "ODI0NTc6MTAzOQ", "entity": "report", "id": 41, "action": "submit",
                               "status": "SUBMITTED", "clusterCode": "DBSH", "provinceCode": "35", "year": 2023,
                               "at": "2023-07-12T08:00:00+07:00", "href": "/api/v1/reports/41"},
                              {"cursor": "ODI0NTg6MTA0Mg", "entity": "award-recommendation", "id": 1, "action": "vote",
                               "status": "ENDORSED", "clusterCode": "DBSH", "provinceCode": "36", "year": 2023,
                               "at": "2023-12-20T15:30:00+07:00", "href": "/api/v1/award-recommendations/1"}],
                             "next": "ODI0NTg6MTA0Mg"}""")))
    @APIResponse(responseCode = "400", description = "`after` is not a cursor of this feed, or `limit` is not between "
            + "1 and 1000.")
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
