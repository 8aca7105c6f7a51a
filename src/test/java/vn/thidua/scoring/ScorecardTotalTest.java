package vn.thidua.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scorecard's total, as a unit: criteria and bonuses add, penalties deduct, a line without points counts nothing. */
class ScorecardTotalTest {

    @Test
    void criteriaAndBonusesAddPenaltiesDeduct() {
        Scorecard card = card(line(ScoringItemKind.CRITERION, "10", "9.5"), line(ScoringItemKind.CRITERION, "8.25", "8"),
                line(ScoringItemKind.BONUS, "2", "1"), line(ScoringItemKind.PENALTY, "1.5", "3"));
        assertEquals(new BigDecimal("18.75"), card.total(l -> l.selfPoints));
        assertEquals(new BigDecimal("15.5"), card.total(l -> l.agreedPoints));
    }

    @Test
    void linesNotYetAgreedCountNothingAndAnEmptyCardIsZero() {
        Scorecard card = card(line(ScoringItemKind.CRITERION, "10", null), line(ScoringItemKind.PENALTY, "2", null));
        assertEquals(new BigDecimal("8"), card.total(l -> l.selfPoints));
        assertEquals(BigDecimal.ZERO, card.total(l -> l.agreedPoints));
        assertEquals(BigDecimal.ZERO, card().total(l -> l.selfPoints));
    }

    private static Scorecard card(ScorecardLine... lines) {
        Scorecard card = new Scorecard();
        card.lines.addAll(List.of(lines));
        return card;
    }

    private static ScorecardLine line(ScoringItemKind kind, String self, String agreed) {
        ScoringItem item = new ScoringItem();
        item.kind = kind;
        ScorecardLine line = new ScorecardLine();
        line.item = item;
        line.selfPoints = new BigDecimal(self);
        line.agreedPoints = agreed == null ? null : new BigDecimal(agreed);
        return line;
    }
}
