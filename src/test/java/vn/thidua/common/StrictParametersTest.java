package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The nearest known name a strict-parameter problem suggests, as a unit. */
class StrictParametersTest {

    private static final List<String> RECOMMENDATION_FILTERS =
            List.of("cluster", "year", "status", "awardType", "kind", "province", "q", "page", "size");

    @Test
    void aNameContainingAKnownOneSuggestsIt() {
        assertEquals(Optional.of("cluster"), StrictParameters.nearest("clusterCode", RECOMMENDATION_FILTERS));
        assertEquals(Optional.of("province"), StrictParameters.nearest("provinceCode", RECOMMENDATION_FILTERS));
    }

    @Test
    void aMisspeltNameSuggestsTheClosest() {
        assertEquals(Optional.of("year"), StrictParameters.nearest("yaer", RECOMMENDATION_FILTERS));
        assertEquals(Optional.of("awardType"), StrictParameters.nearest("awardtype", RECOMMENDATION_FILTERS));
    }

    @Test
    void anUnrelatedNameSuggestsNothing() {
        assertEquals(Optional.empty(), StrictParameters.nearest("limit", RECOMMENDATION_FILTERS));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, StrictParameters.distance("kind", "kind"));
        assertEquals(2, StrictParameters.distance("yaer", "year"));
        assertEquals(3, StrictParameters.distance("sitting", "kitten"));
    }
}
