package vn.thidua.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.access.AccessPolicy;
import vn.thidua.audit.AuditTrail;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.ApiException;
import vn.thidua.common.Problem;
import vn.thidua.membership.MembershipService;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;
import vn.thidua.scoring.ScoreRankingService.Row;

/**
 * The vote that ends a tie rule (VOTE): the head of the year or central staff record how the members voted between
 * members tied for a place by the steps before; the ranking then orders them by their votes. Only a group that is tied
 * now, whole, may be put to the vote (422 otherwise); a member's votes are recorded once: a vote naming a member already
 * voted on is a 409, the tie being decided (the database's key keeps it so under concurrent requests). The scheme is
 * locked against confirmations meanwhile, so that the tie voted on is the one the ranking shows.
 */
@ApplicationScoped
public class TieVoteService {

    static final String ENTITY = "score-tie-vote";

    private final EntityManager em;
    private final ClusterService clusters;
    private final ProvinceService provinces;
    private final MembershipService memberships;
    private final ScoreRankingService ranking;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public TieVoteService(EntityManager em, ClusterService clusters, ProvinceService provinces, MembershipService memberships,
                          ScoreRankingService ranking, AccessPolicy access, AuditTrail audit) {
        this.em = em;
        this.clusters = clusters;
        this.provinces = provinces;
        this.memberships = memberships;
        this.ranking = ranking;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public ScoreRankingView record(String clusterCode, int year, TieVoteInput input) {
        Cluster cluster = clusters.get(clusterCode);
        access.requireClusterLead(cluster, year, "record the vote that breaks a tie in its ranking");
        ScoringScheme scheme = ScoringScheme.<ScoringScheme>find("cluster = ?1 and year = ?2", cluster, year)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Cluster " + cluster.code + " has no scoring scheme for " + year + "."));
        if (scheme.tieRule.isEmpty() || scheme.tieRule.get(scheme.tieRule.size() - 1).kind != TieBreakerKind.VOTE) {
            throw ApiException.conflict("The tie rule of cluster " + cluster.code + " for " + year + " does not end in a "
                    + "vote (VOTE): what it leaves tied shares the rank.");
        }
        if (input.heldOn().getYear() < year || input.heldOn().getYear() > year + 1) {
            throw ApiException.unprocessable("heldOn", "the ranking of " + year + " is voted on at its year-end review, in "
                    + year + " or early in " + (year + 1));
        }
        memberships.requireAttendance(cluster, year, input.membersPresent());
        List<Row> rows = ranking.rows(scheme);
        List<Province> named = new ArrayList<>();
        for (int i = 0; i < input.votes().size(); i++) {
            String at = "votes[" + i + "].provinceCode";
            Province province = provinces.unitDuring(input.votes().get(i).provinceCode(), year, at);
            if (named.stream().anyMatch(p -> p.id.equals(province.id))) {
                throw ApiException.unprocessable(at, province.label() + " is named twice");
            }
            named.add(province);
        }
        requireNotVotedYet(scheme, named);
        Long rank = null;
        for (int i = 0; i < named.size(); i++) {
            Province province = named.get(i);
            String at = "votes[" + i + "]";
            Row row = rows.stream().filter(r -> r.provinceId() == province.id).findFirst()
                    .orElseThrow(() -> ApiException.unprocessable(at + ".provinceCode", province.label()
                            + " has no confirmed scorecard for " + year + ": it is not ranked"));
            if (rank != null && row.entry().rank() != rank) {
                throw ApiException.unprocessable(at + ".provinceCode", province.label() + " ranks " + row.entry().rank()
                        + ", not tied with the members before it (rank " + rank + ")");
            }
            rank = row.entry().rank();
            int votes = input.votes().get(i).votes();
            if (votes > input.membersPresent()) {
                throw ApiException.unprocessable(at + ".votes", votes + " votes from " + input.membersPresent()
                        + " members present");
            }
        }
        long tiedRank = rank;
        List<Row> tied = rows.stream().filter(r -> r.entry().rank() == tiedRank).toList();
        if (tied.size() < 2 || tied.size() != named.size()) {
            throw ApiException.unprocessable("votes", "the vote is between all the members tied at rank " + tiedRank + ": "
                    + tied.stream().map(r -> r.entry().provinceName()).collect(Collectors.joining(", ")));
        }
        for (int i = 0; i < named.size(); i++) {
            em.createNativeQuery("INSERT INTO scoring_tie_vote (scheme_id, province_id, votes, members_present, held_on, note) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, scheme.id).setParameter(2, named.get(i).id)
                    .setParameter(3, input.votes().get(i).votes()).setParameter(4, input.membersPresent()).setParameter(5, input.heldOn())
                    .setParameter(6, input.note() == null || input.note().isBlank() ? null : input.note().strip())
                    .executeUpdate();
        }
        ScoreRankingView after = ranking.ranking(cluster.code, year);
        audit.record(ENTITY, cluster.code + "/" + year, "create", null, input);
        return after;
    }

    /**
     * A member's votes are recorded once: a tie that was put to the vote is decided, so a request naming a member whose
     * votes are on record conflicts with that record (409), whatever the ranking now says of it. Members never voted
     * on that are not tied are the request's own mistake (422, checked after this).
     */
    private void requireNotVotedYet(ScoringScheme scheme, List<Province> named) {
        List<?> rows = em.createNativeQuery("SELECT province_id, held_on FROM scoring_tie_vote WHERE scheme_id = ?1")
                .setParameter(1, scheme.id).getResultList();
        Map<Long, Object> heldOn = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            heldOn.put(((Number) columns[0]).longValue(), columns[1]);
        }
        List<Problem.FieldError> decided = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Province province = named.get(i);
            if (heldOn.containsKey(province.id)) {
                decided.add(new Problem.FieldError("votes[" + i + "].provinceCode", province.label()
                        + "'s votes are already recorded (the vote of " + heldOn.get(province.id) + ")"));
            }
        }
        if (!decided.isEmpty()) {
            throw new ApiException(ApiException.Kind.CONFLICT, "The tie was already decided by a vote: "
                    + decided.stream().map(Problem.FieldError::message).collect(Collectors.joining("; "))
                    + ". A member's votes are recorded once, and the ranking applies them.", decided);
        }
    }
}
