package vn.thidua.support;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import org.hamcrest.Matcher;

/** What every error answer must look like: RFC 9457 problem details, and nothing of the service's insides. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /**
     * A problem+json answer with this status and type ({@code "conflict"} stands for
     * {@code urn:thidua:problem:conflict}) that leaks no class name, SQL or stack frame.
     */
    public static ResponseSpecification problem(int status, String type) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(PROBLEM_JSON)
                .expectBody("type", equalTo("urn:thidua:problem:" + type))
                .expectBody("status", equalTo(status))
                .expectBody("title", notNullValue())
                .expectBody(leaksNothing())
                .build();
    }

    /** No exception class, package name, SQL or stack frame in a body. */
    public static Matcher<String> leaksNothing() {
        return allOf(
                not(containsString("Exception")),
                not(containsString("org.")),
                not(containsString("java.")),
                not(containsString("SELECT")),
                not(containsString("select ")),
                // A stack frame reads "at vn.thidua.X.method(X.java:12)"; plain English "at this address" is fine.
                not(matchesPattern("(?s).*\\bat [\\w$]+(\\.[\\w$<>]+)+\\(.*")));
    }
}
