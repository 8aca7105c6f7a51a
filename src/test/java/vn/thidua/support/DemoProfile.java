package vn.thidua.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The test profile with dev mode's demo data loaded (db/demo), for tests that check that data. */
public class DemoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.flyway.locations", "db/migration,db/embedded,db/demo", "thidua.documents.demo", "true");
    }
}
