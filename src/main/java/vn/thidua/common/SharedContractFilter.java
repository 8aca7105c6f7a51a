package vn.thidua.common;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents once what many operations share, instead of repeating it on each resource method: the
 * problems every operation can answer (400, 401, 403, 406, and 412/413/415/428 where they apply), and
 * the {@code If-Match} and {@code Idempotency-Key} headers of the writes that read them.
 */
public class SharedContractFilter implements OASFilter {

    private static final Map<String, String> SHARED = new TreeMap<>(Map.ofEntries(
            Map.entry("400", "Bad request: a malformed body or parameter, a query parameter the operation does not take, or a "
                    + "single-valued one given twice (the problem names it and the nearest known name)."),
            Map.entry("401", "No token, or an invalid or expired one."),
            Map.entry("403", "The token's role does not allow this operation, the object is not the caller's to act on, or the "
                    + "token's province code names no unit today (the problem names its successor)."),
            Map.entry("404", "Not found: what the request names does not exist or is not the caller's to see; for a creation "
                    + "retried with its Idempotency-Key, what the first request created is gone or no longer the "
                    + "caller's to read."),
            Map.entry("406", "The Accept header asks for a media type the service does not produce."),
            Map.entry("412", "If-Match names an older version: the resource has changed since it was read."),
            Map.entry("413", "The body is larger than the service accepts (256 KiB of JSON; a document's file: 20 MiB unless configured)."),
            Map.entry("415", "The body is not application/json."),
            Map.entry("428", "If-Match is missing."),
            Map.entry("500", "The service failed (never the caller's fault); the problem's errorId names the logged error."),
            Map.entry("503", "The database is out of reach for a moment (a failover, a restart): retry after the seconds in "
                    + "Retry-After, with the same Idempotency-Key for a creation (if the connection broke during the "
                    + "commit, the retry answers the change that was made).")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        SHARED.forEach((status, description) -> openAPI.getComponents().addResponse("Problem" + status,
                OASFactory.createAPIResponse().description(description).content(problemContent())));
        // Paths and responses in order, whether an operation's prose comes from META-INF/openapi.yaml or annotations.
        openAPI.getPaths().setPathItems(new TreeMap<>(openAPI.getPaths().getPathItems()));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    if (operation.getOperationId() == null) {
                        throw new IllegalStateException("META-INF/openapi.yaml describes " + method + " " + path
                                + ", which no resource method serves");
                    }
                    addSharedProblems(operation);
                });
            }
        });
    }

    private void addSharedProblems(Operation operation) {
        describeSharedHeaders(operation);
        APIResponses responses = operation.getResponses();
        // Operation-specific problems are annotated with a description only; their body is always a Problem.
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.getRef() == null && response.getContent() == null) {
                response.content(problemContent());
            }
        });
        // The generator's own 400 (for validated parameters) and 401/403 (for @RolesAllowed) are replaced by the
        // shared ones, which say what each problem means here.
        if (responses.hasAPIResponse("400") && "Bad Request".equals(responses.getAPIResponse("400").getDescription())) {
            responses.removeAPIResponse("400");
        }
        responses.removeAPIResponse("401");
        responses.removeAPIResponse("403");
        add(responses, "400");
        add(responses, "401");
        add(responses, "403");
        add(responses, "406");
        add(responses, "500");
        add(responses, "503");
        if (operation.getRequestBody() != null) {
            add(responses, "413");
            add(responses, "415");
        }
        if (hasHeader(operation, "If-Match")) {
            add(responses, "412");
            add(responses, "428");
        }
        if (hasHeader(operation, Idempotency.HEADER)) {
            add(responses, "404");
        }
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void describeSharedHeaders(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.HEADER) {
                continue;
            }
            if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.required(true).description(Versions.IF_MATCH_DESCRIPTION).example("\"0\"");
            } else if (Idempotency.HEADER.equalsIgnoreCase(parameter.getName())) {
                parameter.description(Idempotency.HEADER_DESCRIPTION).example("5f0c8a1e-6d1b-4a59-9a43-0c2b7e9d8f10");
            }
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    private static void add(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            APIResponse ref = OASFactory.createAPIResponse().ref("Problem" + status);
            responses.addAPIResponse(status, ref);
        }
    }
}
