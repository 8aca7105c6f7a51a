package vn.thidua.scoring;

import java.util.List;

/** What a scheme's author writes, on creation and on replacement. */
public interface SchemeContent {

    String title();

    List<CriteriaGroupInput> groups();

    List<ScoringItemInput> bonuses();

    List<ScoringItemInput> penalties();

    List<TieBreakerInput> tieRule();
}
