package vn.thidua.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cluster's vote as a unit: two thirds of the members present, more than half of those present for. */
class ClusterVoteTest {

    @Test
    void twoThirdsOfTheMembersMakeTheQuorumExactly() {
        assertTrue(new ClusterVote(9, 6, 6, 0, 0).quorum(), "6 of 9 is two thirds");
        assertFalse(new ClusterVote(9, 5, 5, 0, 0).quorum(), "5 of 9 is less");
        assertTrue(new ClusterVote(10, 7, 7, 0, 0).quorum(), "7 of 10 is more than two thirds");
        assertFalse(new ClusterVote(10, 6, 6, 0, 0).quorum(), "6 of 10 is less than two thirds");
    }

    @Test
    void theMajorityIsMoreThanHalfOfThosePresentNotOfTheMembers() {
        assertTrue(new ClusterVote(9, 8, 5, 3, 0).majority(), "5 of 8 present");
        assertFalse(new ClusterVote(9, 8, 4, 4, 0).majority(), "half is no majority");
        assertFalse(new ClusterVote(9, 8, 4, 1, 3).majority(), "abstentions count among those present");
    }

    @Test
    void aNominationIsEndorsedOnlyWithBoth() {
        assertTrue(new ClusterVote(9, 9, 8, 1, 0).endorses());
        assertFalse(new ClusterVote(9, 5, 5, 0, 0).endorses(), "a unanimous vote without quorum");
        assertFalse(new ClusterVote(9, 9, 4, 5, 0).endorses(), "a quorum without majority");
    }

    @Test
    void theTallySaysWhatWasMissing() {
        assertEquals("9 of 9 members present; 8 for, 1 against, 0 abstaining.", new ClusterVote(9, 9, 8, 1, 0).tally());
        assertEquals("5 of 9 members present; 2 for, 2 against, 1 abstaining; no quorum (two thirds of the members); "
                + "no majority of those present.", new ClusterVote(9, 5, 2, 2, 1).tally());
    }
}
