package vn.thidua.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests as the service's users send them, each request and response checked against the
 * committed contract (openapi.yaml): an undocumented status, field or type fails the test.
 */
public final class Api {

    public static final String ISSUER = "https://thidua.dev.local";
    /** The audience the service verifies (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "thidua-api";
    private static final String CONTRACT = Path.of("openapi.yaml").toAbsolutePath().toUri().toString();

    private static final OpenApiValidationFilter FULL = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build());

    /** For requests that break the contract on purpose (no token, no If-Match, size 500): only the answer is checked. */
    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    private static final AtomicInteger YEARS = new AtomicInteger(1950);
    private static final AtomicInteger BLOC_YEARS = new AtomicInteger(1950);

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return given().filter(FULL).header("Authorization", "Bearer " + token(role, "38")).contentType(ContentType.JSON);
    }

    public static RequestSpecification asProvince(String provinceCode) {
        return given().filter(FULL).header("Authorization", "Bearer " + token("province", provinceCode)).contentType(ContentType.JSON);
    }

    /** A request that is invalid by the contract on purpose: only the response is validated. */
    public static RequestSpecification invalidAs(String role) {
        return given().filter(RESPONSE_ONLY).header("Authorization", "Bearer " + token(role, "38")).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().filter(RESPONSE_ONLY).contentType(ContentType.JSON);
    }

    public static RequestSpecification withToken(String token) {
        return given().filter(RESPONSE_ONLY).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static String token(String role, String provinceCode) {
        var builder = Jwt.issuer(ISSUER).audience(AUDIENCE).subject("test-" + role).upn("test-" + role + "@thidua.dev.local")
                .groups(role).expiresIn(Duration.ofHours(1));
        if ("province".equals(role)) {
            builder.claim("province", provinceCode);
        }
        return builder.sign();
    }

    public static String expiredToken(String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("test-" + role).groups(role)
                .issuedAt(Instant.now().minus(Duration.ofHours(3)))
                .expiresAt(Instant.now().minus(Duration.ofHours(2))).sign();
    }

    /**
     * A year no other test uses for a cluster of provinces, before the 2025 merger (all 63 units
     * exist): the rules across clusters (a province in one cluster of provinces per year) then
     * never meet another test's data, in any order.
     */
    public static int freshYear() {
        return next(YEARS);
    }

    /**
     * A year before the merger for a fresh bloc (a cluster of kind BLOC). No rule spans blocs and every bloc test
     * reads through its own fresh cluster, so bloc years may repeat: they cycle through 1950-2024, a pool of their
     * own that leaves the years of clusters of provinces alone.
     */
    public static int freshBlocYear() {
        return 1950 + Math.floorMod(BLOC_YEARS.getAndIncrement() - 1950, 75);
    }

    private static int next(AtomicInteger years) {
        int year = years.getAndIncrement();
        if (year > 2024) {
            throw new IllegalStateException("The test years before the 2025 merger are used up: give more tests a bloc");
        }
        return year;
    }

    /** A cluster code no other test uses. */
    public static String freshClusterCode(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36).toUpperCase();
    }

    /** The ETag header as sent back in If-Match. */
    public static String etagOf(io.restassured.response.Response response) {
        String etag = response.header("ETag");
        if (etag == null) {
            throw new AssertionError("response has no ETag");
        }
        return etag;
    }
}
