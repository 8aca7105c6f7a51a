package vn.thidua.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error body of the service: RFC 9457 problem details, sent as {@code application/problem+json}. */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details. Never contains internal details.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Identifies the kind of problem; stable, for programs to branch on.",
                example = "urn:thidua:problem:conflict", required = true)
        String type,
        @Schema(description = "Short summary of the kind of problem, the same for every occurrence.",
                example = "Conflict with the current state", required = true)
        String title,
        @Schema(description = "The HTTP status code.", example = "409", required = true)
        int status,
        @Schema(description = "What went wrong in this request, for a person to read.",
                example = "Tỉnh Thái Bình (34) is already a member of cluster DBSH in 2023.")
        String detail,
        @Schema(description = "The request path that produced the problem.", example = "/api/v1/clusters/DBSH/members")
        String instance,
        @Schema(description = "For invalid input: each offending field with its message.")
        List<FieldError> errors,
        @Schema(description = "For an action not allowed in the resource's current state: the actions that are.",
                example = "[\"submit\"]")
        List<String> allowedActions,
        @Schema(description = "For an internal error (500): the identifier under which the service logged it; quote it "
                + "when you report the problem.", example = "3f1e2d4c-5b6a-4789-9abc-def012345678")
        String errorId) {

    @Schema(name = "FieldError", description = "One invalid field of a request.")
    public record FieldError(
            @Schema(description = "The field or parameter, as a dotted path.", example = "provinceCode", required = true)
            String field,
            @Schema(description = "Why the value was refused.", example = "must match \"^[0-9]{2}$\"", required = true)
            String message) {
    }
}
