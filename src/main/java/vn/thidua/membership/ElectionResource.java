package vn.thidua.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/clusters/{code}/elections")
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ElectionResource {

    private static final String VIEW = """
            {"clusterCode": "DBSH", "year": 2024, "heldOn": "2024-03-13", "place": "Thành phố Thái Bình", "membersPresent": 9,
             "head": {"province": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"}, "votes": 9},
             "deputies": [{"province": {"id": 19, "code": "30", "name": "Hải Dương", "validTo": "2025-06-30"}, "votes": 9},
                          {"province": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"}, "votes": 8}],
             "note": "Biên bản hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.",
             "memberships": [
               {"id": 31, "clusterCode": "DBSH", "year": 2024, "role": "HEAD",
                "province": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"}},
               {"id": 28, "clusterCode": "DBSH", "year": 2024, "role": "DEPUTY",
                "province": {"id": 19, "code": "30", "name": "Hải Dương", "validTo": "2025-06-30"}},
               {"id": 30, "clusterCode": "DBSH", "year": 2024, "role": "DEPUTY",
                "province": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"}},
               {"id": 32, "clusterCode": "DBSH", "year": 2024, "role": "MEMBER",
                "province": {"id": 22, "code": "34", "name": "Thái Bình", "validTo": "2025-06-30"}}],
             "notCarriedOver": [], "createdAt": "2024-03-13T09:00:00Z"}""";

    private final ElectionService elections;
    private final Idempotency idempotency;

    public ElectionResource(ElectionService elections, Idempotency idempotency) {
        this.elections = elections;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listElections", summary = "List a cluster's elections",
            description = "The elections of the cluster's heads and deputies, newest year first, each with the memberships "
                    + "of the year served.")
    @APIResponse(responseCode = "200", description = "One page of elections.", content = @Content(
            schema = @Schema(implementation = ElectionView.Page.class), examples = @ExampleObject(
                    name = "The Red River Delta cluster elects its head and deputies for 2024",
                    value = "{\"items\": [" + VIEW + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    public PageView<ElectionView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @BeanParam PageRequest page) {
        return elections.list(code, page);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getElection", summary = "Read the election of a year's head and deputies",
            description = "Who was elected for the year, with the votes, and the cluster's memberships of that year.")
    @APIResponse(responseCode = "200", description = "The election.",
            headers = @Header(name = "ETag", description = "The election's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ElectionView.class),
                    examples = @ExampleObject(name = "The Red River Delta cluster, 2024", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No cluster has this code, or it has no election for the year.")
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The year served.", example = "2024") @PathParam("year") @Min(1946) @Max(2100) int year) {
        return elections.read(code, year).ok();
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "recordElection", summary = "Record the election of next year's head and deputies",
            description = "At the year-end review the members elect the next year's head (cụm trưởng) and deputies (cụm "
                    + "phó) in rotation. One action records the election and sets the cluster's memberships of the year "
                    + "served, all or nothing: this year's members are carried over (a member whose unit does not exist "
                    + "in the year served is not, and is listed in notCarriedOver), memberships already added for that "
                    + "year are kept, the elected head becomes HEAD, the deputies DEPUTY and every other member MEMBER. "
                    + "Officers of the head province of the year reviewed, or central staff (403 otherwise). An elected "
                    + "province must exist in the year served and be a member (422 naming the field); votes are at most "
                    + "the members present, who are at most the members of the year reviewed. One election per cluster "
                    + "and year: a second one is a 409, also when both arrive at the same moment.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ElectionCreate.class),
            examples = @ExampleObject(name = "The Red River Delta cluster elects its head and deputies for 2024", value = """
                    {"year": 2024, "heldOn": "2024-03-13", "place": "Thành phố Thái Bình", "membersPresent": 9,
                     "head": {"provinceCode": "36", "votes": 9},
                     "deputies": [{"provinceCode": "30", "votes": 9}, {"provinceCode": "35", "votes": 8}],
                     "note": "Biên bản hội nghị tổng kết công tác thi đua, khen thưởng năm 2023."}""")))
    @APIResponse(responseCode = "201", description = "Recorded; Location points at the election.",
            headers = {
                    @Header(name = "Location", description = "Address of the election.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The election's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ElectionView.class),
                    examples = @ExampleObject(name = "The Red River Delta cluster, 2024", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    @APIResponse(responseCode = "409", description = "The cluster already has an election for the year, or a member carried "
            + "over already belongs to another cluster of provinces that year.")
    @APIResponse(responseCode = "422", description = "Invalid fields, a province that does not exist in the year served or is "
            + "not a member, a province elected twice, or more votes than members present.")
    public Response create(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ElectionCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "recordElection", List.of(code, body), () -> elections.create(code, body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.year())).build());
    }
}
