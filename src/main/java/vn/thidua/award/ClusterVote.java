package vn.thidua.award;

/**
 * The cluster's vote on a nomination, as a rule: endorsed when at least two thirds of the year's members were present
 * (the quorum) and more than half of those present voted for (the majority).
 */
record ClusterVote(long members, int present, int votesFor, int votesAgainst, int votesAbstaining) {

    boolean quorum() {
        return 3L * present >= 2L * members;
    }

    boolean majority() {
        return 2L * votesFor > present;
    }

    boolean endorses() {
        return quorum() && majority();
    }

    /** The tally as the history records it: "8 of 9 members present; 7 for, 1 against, 0 abstaining." */
    String tally() {
        return present + " of " + members + " members present; " + votesFor + " for, " + votesAgainst + " against, "
                + votesAbstaining + " abstaining" + (quorum() ? "" : "; no quorum (two thirds of the members)")
                + (majority() ? "" : "; no majority of those present") + ".";
    }
}
