package vn.thidua.province;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
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
import vn.thidua.common.Problem;
import vn.thidua.common.ProblemMapper;
import vn.thidua.common.Roles;
import vn.thidua.common.Versioned;

@Path("/api/v1/provinces")
@Tag(name = "Provinces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ProvinceResource {

    public static final String AS_OF = "The day on which the code is read (YYYY-MM-DD); default today. "
            + "A code names different units over time: 24 is Bắc Giang on 2023-07-26 and the new Bắc Ninh today.";
    static final String PROVINCE_EXAMPLE = """
            {"id": 22, "code": "34", "name": "Thái Bình", "fullName": "Tỉnh Thái Bình", "type": "PROVINCE",
             "validTo": "2025-06-30",
             "successor": {"id": 71, "code": "33", "name": "Hưng Yên", "validFrom": "2025-07-01"},
             "predecessors": []}""";
    static final String MERGED_EXAMPLE = """
            {"id": 72, "code": "37", "name": "Ninh Bình", "fullName": "Tỉnh Ninh Bình", "type": "PROVINCE",
             "validFrom": "2025-07-01",
             "predecessors": [
               {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"},
               {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"},
               {"id": 25, "code": "37", "name": "Ninh Bình", "validTo": "2025-06-30"}]}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "urn:thidua:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No provincial-level unit has code 27 on 2026-11-26. Units with this code: Bắc Ninh until 2025-06-30; pass asOf to read one of them.",
             "instance": "/api/v1/provinces/27"}""";

    private final ProvinceService provinces;

    private final Idempotency idempotency;

    public ProvinceResource(ProvinceService provinces, Idempotency idempotency) {
        this.provinces = provinces;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listProvinces", summary = "List the provincial-level units valid on a day",
            description = "The units valid on `asOf` (default today: the 34 units since 2025-07-01; on 2023-07-26: the 63 "
                    + "units of that time), ordered by code. `q` finds units by name or full name without regard to "
                    + "Vietnamese diacritics or case: `ha nam`, `HÀ NAM` and `Hà Nam` all find Hà Nam.")
    @APIResponse(responseCode = "200", description = "One page of units.", content = @Content(
            schema = @Schema(implementation = ProvinceView.Page.class), examples = @ExampleObject(name = "Thái Bình in 2023", value = "{\"items\": [" + PROVINCE_EXAMPLE
                    + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    public PageView<ProvinceView> list(
            @Parameter(description = AS_OF, example = "2023-07-26") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Part of the name, with or without diacritics.", example = "thai binh")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageRequest page) {
        return provinces.list(asOf, q, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getProvince", summary = "Read the unit that has a code on a day",
            description = "The unit with this code valid on `asOf` (default today), with its successor and predecessors. "
                    + "The ETag header carries its version, for If-Match on a correction.")
    @APIResponse(responseCode = "200", description = "The unit.",
            headers = @Header(name = "ETag", description = "The unit's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProvinceView.class),
                    examples = @ExampleObject(name = "Thái Bình", value = PROVINCE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No unit has this code on that day.", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "Retired code", value = NOT_FOUND_EXAMPLE)))
    public Response get(
            @Parameter(description = "Two-digit code.", example = "34") @PathParam("code") String code,
            @Parameter(description = AS_OF, example = "2023-07-26") @QueryParam("asOf") LocalDate asOf) {
        return provinces.read(code, asOf).ok();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "createProvince", summary = "Create a provincial-level unit",
            description = "Creates a unit from `validFrom` on. For a merger, name the units it takes over in "
                    + "`predecessorCodes`: they are retired on the day before and get the new unit as successor, "
                    + "all in one change. A code may be reused only once its former unit has ended.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProvinceCreate.class),
            examples = @ExampleObject(name = "Ninh Bình after the 2025 merger", value = """
                    {"code": "37", "name": "Ninh Bình", "fullName": "Tỉnh Ninh Bình", "type": "PROVINCE",
                     "validFrom": "2025-07-01", "predecessorCodes": ["35", "36", "37"]}""")))
    @APIResponse(responseCode = "201", description = "Created; Location points at the unit.",
            headers = {
                    @Header(name = "Location", description = "Address of the new unit.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The unit's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ProvinceView.class),
                    examples = @ExampleObject(name = "Ninh Bình after the 2025 merger", value = MERGED_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Another unit has this code at the same time, or a predecessor has already ended.")
    @APIResponse(responseCode = "422", description = "Invalid fields, or a predecessor that does not exist on the day before.")
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ProvinceCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createProvince", body, () -> provinces.create(body),
                created -> uri.getAbsolutePathBuilder().path(created.code()).queryParam("asOf", created.validFrom()).build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "correctProvince", summary = "Correct or retire a provincial-level unit",
            description = "Replaces the fields of the unit with this code on `asOf`. Setting `validTo` retires it; "
                    + "`successorCode` then names the unit that took it over, read on the day after `validTo`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProvinceUpdate.class),
            examples = @ExampleObject(name = "Thái Bình merged into Hưng Yên", value = """
                    {"code": "34", "name": "Thái Bình", "fullName": "Tỉnh Thái Bình", "type": "PROVINCE",
                     "validTo": "2025-06-30", "successorCode": "33"}""")))
    @APIResponse(responseCode = "200", description = "The corrected unit.",
            headers = @Header(name = "ETag", description = "The unit's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProvinceView.class),
                    examples = @ExampleObject(name = "Thái Bình, retired", value = PROVINCE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No unit has this code on that day.")
    @APIResponse(responseCode = "409", description = "The correction would give two units the same code at the same time.")
    @APIResponse(responseCode = "422", description = "Invalid fields, or no successor with that code on the day after validTo.")
    public Response correct(
            @Parameter(description = "Two-digit code.", example = "34") @PathParam("code") String code,
            @Parameter(description = AS_OF, example = "2023-07-26") @QueryParam("asOf") LocalDate asOf,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProvinceUpdate body) {
        return provinces.correct(code, asOf, ifMatch, body).ok();
    }
}
