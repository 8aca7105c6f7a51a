package vn.thidua.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.common.Problem;

/** The cross-field rules of the vote and the decision, as a unit: each broken rule names its field. */
class ConsistentRequestsTest {

    private static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aVoteAddsUp() {
        assertTrue(new VoteRequest(9, 8, 1, 0, null).inconsistencies().isEmpty());
        List<Problem.FieldError> errors = new VoteRequest(9, 7, 1, 0, null).inconsistencies();
        assertEquals(List.of("membersPresent"), fields(errors));
        assertEquals("must equal votesFor + votesAgainst + votesAbstaining (7 + 1 + 0 = 8), not 9", errors.get(0).message());
        assertTrue(new VoteRequest(null, 7, 1, 0, null).inconsistencies().isEmpty(), "a missing number is @NotNull's to name");
    }

    @Test
    void anApprovalCarriesItsDecisionAndARejectionItsReasonOnly() {
        assertTrue(new DecisionRequest(DecisionOutcome.APPROVED, "1234/QĐ-TTg", LocalDate.of(2024, 10, 14),
                "Thủ tướng Chính phủ", null).inconsistencies().isEmpty());
        assertEquals(List.of("decisionNumber", "decisionDate", "decidingAuthority"),
                fields(new DecisionRequest(DecisionOutcome.APPROVED, " ", null, null, null).inconsistencies()));
        assertTrue(new DecisionRequest(DecisionOutcome.REJECTED, null, null, null,
                "Chưa đủ điều kiện theo Điều 25 Luật Thi đua, khen thưởng.").inconsistencies().isEmpty());
        assertEquals(List.of("reason", "outcome"), fields(new DecisionRequest(DecisionOutcome.REJECTED, "1234/QĐ-TTg",
                null, null, null).inconsistencies()));
    }
}
