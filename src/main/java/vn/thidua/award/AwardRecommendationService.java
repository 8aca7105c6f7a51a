package vn.thidua.award;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.thidua.access.AccessPolicy;
import vn.thidua.cluster.Cluster;
import vn.thidua.common.ApiException;
import vn.thidua.common.KeysetCursor;
import vn.thidua.common.KeysetPageView;
import vn.thidua.common.KeysetRequest;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.TextSearch;
import vn.thidua.common.Today;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;
import vn.thidua.membership.MembershipService;
import vn.thidua.movement.MovementService;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;
import vn.thidua.scoring.ScoreRankingService;
import vn.thidua.workflow.Workflow.Before;

/**
 * Award recommendations and their workflow. Who may act: the proposing province writes, submits and
 * withdraws; the cluster head of that year returns, records the vote and forwards; central staff may
 * do all of that and alone decide. Rules that must hold under concurrent writes (the same nominee
 * once per award and year, one endorsed flag nominee per cluster and year) are unique indexes.
 */
@ApplicationScoped
public class AwardRecommendationService {

    /** Rows read at a time by an export. */
    static final int EXPORT_CHUNK = 500;

    private final AwardTypeService awardTypes;
    private final MovementService movements;
    private final ProvinceService provinces;
    private final MembershipService memberships;
    private final Today today;
    private final AccessPolicy access;
    private final ScoreRankingService ranking;
    private final RecommendationWorkflow workflow;

    public AwardRecommendationService(AwardTypeService awardTypes, MovementService movements, ProvinceService provinces,
                                      MembershipService memberships, Today today, AccessPolicy access,
                                      ScoreRankingService ranking, RecommendationWorkflow workflow) {
        this.ranking = ranking;
        this.access = access;
        this.workflow = workflow;
        this.awardTypes = awardTypes;
        this.movements = movements;
        this.provinces = provinces;
        this.memberships = memberships;
        this.today = today;
    }

    /** The filters of the list; all optional. */
    public record Filter(String clusterCode, Integer year, RecommendationStatus status, String awardTypeCode,
                         CommendationKind kind, String provinceCode, String nomineeName) {
    }

    /**
     * One page of the list, newest first (by id, unique: a stable order), by number or by keyset. A keyset page
     * reads the rows after the cursor's id through the same index as the first page (no offset to skip, no sort
     * of the matching set for the cluster-year, status or unfiltered lists), and one row more than asked to know
     * whether a next page exists; the total is counted only when {@link KeysetRequest#counted()}.
     */
    public KeysetPageView<AwardRecommendationView> list(Filter filter, PageRequest page, KeysetRequest keyset) {
        Matching matching = matching(filter);
        OptionalLong after = keyset.after(page);
        Page bounds = page.toPanache();
        String hql = matching.withView();
        Parameters params = matching.params();
        if (after.isPresent()) {
            hql += " and r.id < :after";
            params = copy(params).and("after", after.getAsLong());
        }
        int first = after.isPresent() ? 0 : bounds.index * bounds.size;
        List<AwardRecommendation> rows = AwardRecommendation.<AwardRecommendation>find(hql + " order by r.id desc", params)
                .range(first, first + bounds.size).list();
        boolean more = rows.size() > bounds.size;
        if (more) {
            rows = rows.subList(0, bounds.size);
        }
        Long total = keyset.counted() ? PageView.count(matching.hql(), matching.params()) : null;
        return KeysetPageView.of(views(rows), after.isPresent() ? null : bounds.index, bounds.size, total,
                more ? KeysetCursor.after(rows.get(rows.size() - 1).id) : null);
    }

    private static Parameters copy(Parameters params) {
        Parameters copy = new Parameters();
        params.map().forEach(copy::and);
        return copy;
    }

    /**
     * Every recommendation of the list with these filters, newest first, read from the database a chunk at a
     * time (by id, not by offset) as the stream is consumed; the chunks read are let go, so a list of any
     * length fits a fixed memory budget.
     */
    public Stream<AwardRecommendationView> export(Filter filter) {
        Matching matching = matching(filter);
        long[] after = {Long.MAX_VALUE};
        return Stream.generate(() -> {
            List<AwardRecommendation> chunk = AwardRecommendation.<AwardRecommendation>find(
                            matching.withView() + " and r.id < :after order by r.id desc", matching.params().and("after", after[0]))
                    .range(0, EXPORT_CHUNK - 1).list();
            List<AwardRecommendationView> views = views(chunk);
            if (!chunk.isEmpty()) {
                after[0] = chunk.get(chunk.size() - 1).id;
            }
            AwardRecommendation.getEntityManager().clear();
            return views;
        }).takeWhile(views -> !views.isEmpty()).flatMap(List::stream);
    }

    /**
     * The query of the list: its filters and what the caller may see. A page's rows are read with everything their
     * views show, joined in the same query ({@link #withView()}); the count reads the recommendations alone. The joins
     * are written in the query rather than given as an entity graph, which Hibernate's plan cache leaves out: a query
     * with one is translated to SQL again at every call.
     */
    private record Matching(String where, Parameters params) {

        String hql() {
            return "from AwardRecommendation r where " + where;
        }

        String withView() {
            return VIEW + " where " + where;
        }
    }

    /** The recommendations with the associations their views show. */
    private static final String VIEW = "from AwardRecommendation r join fetch r.cluster join fetch r.awardType "
            + "join fetch r.nomineeProvince join fetch r.proposingProvince left join fetch r.movement";

    private Matching matching(Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.clusterCode() != null) {
            where.append(" and r.cluster = :cluster");
            params.and("cluster", Cluster.findByCode(filter.clusterCode()).orElseThrow(
                    () -> ApiException.notFound("No cluster has code " + filter.clusterCode() + ".")));
        }
        if (filter.year() != null) {
            where.append(" and r.year = :year");
            params.and("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.and("status", filter.status());
        }
        if (filter.awardTypeCode() != null) {
            where.append(" and r.awardType = :awardType");
            params.and("awardType", awardTypes.get(filter.awardTypeCode()));
        }
        if (filter.kind() != null) {
            where.append(" and r.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.provinceCode() != null) {
            List<Long> units = provinces.idsWithCode(filter.provinceCode(), filter.year());
            where.append(" and (r.proposingProvince.id in :units or r.nomineeProvince.id in :units)");
            params.and("units", units.isEmpty() ? List.of(-1L) : units);
        }
        if (filter.nomineeName() != null && !filter.nomineeName().isBlank()) {
            where.append(" and ").append(TextSearch.contains("r.nomineeNameFolded", "name"));
            params.and("name", TextSearch.term(filter.nomineeName()));
        }
        access.unsubmittedWorkVisibleOnlyOf().ifPresent(own -> {
            where.append(" and (r.submittedAt is not null or r.proposingProvince.id in :own)");
            params.and("own", own);
        });
        return new Matching(where.toString(), params);
    }

    /**
     * The decided awards of the unit with this code on {@code asOf} and of the units it took over
     * (a 2023 award of Nam Định belongs to today's Ninh Bình), newest decision first.
     */
    public PageView<AwardRecommendationView> awardsOf(String provinceCode, LocalDate asOf, Integer year, PageRequest page) {
        Set<Long> units = provinces.idsWithPredecessors(provinces.get(provinceCode, asOf));
        String where = "r.status = :approved and r.nomineeProvince.id in :units";
        Parameters params = Parameters.with("approved", RecommendationStatus.APPROVED).and("units", units);
        if (year != null) {
            where += " and r.year = :year";
            params.and("year", year);
        }
        Matching matching = new Matching(where, params);
        return PageView.of(AwardRecommendation.class, matching.withView(), matching.hql(), "r.decisionDate desc, r.id desc",
                params, page, AwardRecommendationService::views);
    }

    public Versioned<AwardRecommendationView> read(long id) {
        return workflow.versioned(readable(id));
    }

    /**
     * The recommendation, if the caller may see it: one they may not see (another province's work that
     * was never submitted) is answered exactly as an unknown id, before any version or state is compared.
     */
    private AwardRecommendation readable(long id) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("No award recommendation has id " + id + ".");
        // One query: the recommendation with everything its view shows (no lazy loads after it).
        AwardRecommendation r = AwardRecommendation.<AwardRecommendation>find(VIEW + " where r.id = ?1", id)
                .firstResultOptional().orElseThrow(notFound);
        access.requireVisible(r.proposingProvince, r.submittedAt != null, notFound);
        return r;
    }

    public PageView<RecommendationStepView> history(long id, PageRequest page) {
        AwardRecommendation recommendation = readable(id);
        return PageView.of(RecommendationStep.class, "from RecommendationStep where recommendation = :recommendation", "id",
                Parameters.with("recommendation", recommendation), page,
                rows -> rows.stream().map(RecommendationStepView::of).toList());
    }

    @Transactional
    public Versioned<AwardRecommendationView> create(AwardRecommendationCreate input) {
        AwardRecommendation r = new AwardRecommendation();
        r.cluster = Cluster.findByCode(input.clusterCode()).orElseThrow(() -> ApiException.unprocessable("clusterCode",
                "no cluster has code " + input.clusterCode()));
        r.year = input.year();
        r.proposingProvince = member(r.cluster, input.proposingProvinceCode(), r.year, "proposingProvinceCode");
        access.requireOwner(r.proposingProvince, "propose in its name");
        r.status = RecommendationStatus.DRAFT;
        r.createdAt = OffsetDateTime.now();
        r.updatedAt = r.createdAt;
        setProposal(r, input);
        r.persist();
        return workflow.commit(r, null, RecommendationAction.CREATE, null);
    }

    @Transactional
    public Versioned<AwardRecommendationView> update(long id, String ifMatch, AwardRecommendationUpdate input) {
        AwardRecommendation r = readable(id);
        requireProposer(r, "edit it");
        Versions.requireMatch(ifMatch, r.version);
        Before<AwardRecommendationView, RecommendationStatus> before = workflow.before(r);
        if (!r.status.editable()) {
            throw ApiException.notAllowedNow("A recommendation can be edited only while DRAFT or RETURNED; this one is "
                    + r.status + ".", r.status.allowedActions());
        }
        setProposal(r, input);
        return workflow.commit(r, before, RecommendationAction.UPDATE, null);
    }

    @Transactional
    public Versioned<AwardRecommendationView> submit(long id, String ifMatch, ActionNote input) {
        AwardRecommendation r = workflow.open(readable(id), ifMatch, RecommendationAction.SUBMIT, rec -> requireProposer(rec, "submit it"));
        requireFlagFollowsRanking(r);
        Before<AwardRecommendationView, RecommendationStatus> before = workflow.before(r);
        r.status = RecommendationStatus.SUBMITTED;
        r.reason = null;
        return workflow.commit(r, before, RecommendationAction.SUBMIT, input.note());
    }

    @Transactional
    public Versioned<AwardRecommendationView> returnToProposer(long id, String ifMatch, ReturnRequest input) {
        AwardRecommendation r = workflow.open(readable(id), ifMatch, RecommendationAction.RETURN, rec -> requireClusterDecision(rec, "return it"));
        Before<AwardRecommendationView, RecommendationStatus> before = workflow.before(r);
        r.status = RecommendationStatus.RETURNED;
        r.reason = input.reason().strip();
        return workflow.commit(r, before, RecommendationAction.RETURN, r.reason);
    }

    /** Records the cluster's vote ({@link ClusterVote}: a quorum of two thirds of the members, a majority of those present). */
    @Transactional
    public Versioned<AwardRecommendationView> vote(long id, String ifMatch, VoteRequest input) {
        AwardRecommendation r = workflow.open(readable(id), ifMatch, RecommendationAction.VOTE, rec -> requireClusterDecision(rec, "record the cluster's vote"));
        Before<AwardRecommendationView, RecommendationStatus> before = workflow.before(r);
        int present = input.membersPresent(); // adds up: VoteRequest is @Consistent
        ClusterVote vote = new ClusterVote(memberships.requireAttendance(r.cluster, r.year, present), present,
                input.votesFor(), input.votesAgainst(), input.votesAbstaining());
        if (vote.endorses()) {
            requireFlagFollowsRanking(r);
        }
        r.membersPresent = present;
        r.votesFor = input.votesFor();
        r.votesAgainst = input.votesAgainst();
        r.votesAbstaining = input.votesAbstaining();
        r.status = vote.endorses() ? RecommendationStatus.ENDORSED : RecommendationStatus.NOT_ENDORSED;
        String tally = vote.tally();
        return workflow.commit(r, before, RecommendationAction.VOTE, input.note() == null ? tally : input.note().strip() + " " + tally);
    }

    @Transactional
    public Versioned<AwardRecommendationView> forward(long id, String ifMatch, ActionNote input) {
        AwardRecommendation r = workflow.open(readable(id), ifMatch, RecommendationAction.FORWARD, rec -> requireClusterDecision(rec, "forward it"));
        AwardRecommendation.getEntityManager().refresh(r);
        List<String> missing = r.missingDocuments();
        if (!missing.isEmpty()) {
            throw ApiException.incomplete("Award recommendation " + id + " cannot be forwarded before its dossier has a proposal "
                    + "letter, an achievements report and the minutes of the cluster's vote; missing: "
                    + String.join(", ", missing) + ". Add them at /api/v1/award-recommendations/" + id + "/documents.",
                    "documents", missing);
        }
        Before<AwardRecommendationView, RecommendationStatus> before = workflow.before(r);
        r.status = RecommendationStatus.FORWARDED;
        return workflow.commit(r, before, RecommendationAction.FORWARD, input.note());
    }

    @Transactional
    public Versioned<AwardRecommendationView> decide(long id, String ifMatch, DecisionRequest input) {
        AwardRecommendation r = workflow.open(readable(id), ifMatch, RecommendationAction.DECIDE, rec -> { }); // central staff only, by role
        Before<AwardRecommendationView, RecommendationStatus> before = workflow.before(r);
        // The fields fit the outcome (DecisionRequest is @Consistent); the date needs today, in Vietnam.
        if (input.decisionDate() != null && input.decisionDate().isAfter(today.date())) {
            throw ApiException.unprocessable("decisionDate", "must not be in the future");
        }
        if (input.outcome() == DecisionOutcome.APPROVED) {
            r.status = RecommendationStatus.APPROVED;
            r.decisionNumber = input.decisionNumber().strip();
            r.decisionDate = input.decisionDate();
            r.decidingAuthority = input.decidingAuthority().strip();
            return workflow.commit(r, before, RecommendationAction.DECIDE, "Decision " + r.decisionNumber + " of " + r.decisionDate
                    + ", " + r.decidingAuthority + ".");
        }
        r.status = RecommendationStatus.REJECTED;
        r.reason = input.reason().strip();
        return workflow.commit(r, before, RecommendationAction.DECIDE, r.reason);
    }

    @Transactional
    public Versioned<AwardRecommendationView> withdraw(long id, String ifMatch, ActionNote input) {
        AwardRecommendation r = workflow.open(readable(id), ifMatch, RecommendationAction.WITHDRAW, rec -> requireProposer(rec, "withdraw it"));
        Before<AwardRecommendationView, RecommendationStatus> before = workflow.before(r);
        r.status = RecommendationStatus.WITHDRAWN;
        return workflow.commit(r, before, RecommendationAction.WITHDRAW, input.note());
    }

    /**
     * Central staff let a Government Emulation Flag nominee go ahead that is not the member ranked first by the confirmed
     * scores: the reason is kept with the recommendation and in its history. Possible until the cluster votes.
     */
    @Transactional
    public Versioned<AwardRecommendationView> overrideRanking(long id, String ifMatch, OverrideRequest input) {
        AwardRecommendation r = readable(id);
        Versions.requireMatch(ifMatch, r.version);
        if (!AwardType.GOVERNMENT_EMULATION_FLAG.equals(r.awardTypeCode)) {
            throw ApiException.conflict("Only a Government Emulation Flag nomination follows the ranking; this one is for "
                    + r.awardType.name + " (" + r.awardTypeCode + ").");
        }
        if (!r.status.editable() && r.status != RecommendationStatus.SUBMITTED) {
            throw ApiException.notAllowedNow("The ranking can be overridden until the cluster votes; this recommendation "
                    + "is " + r.status + ".", r.status.allowedActions());
        }
        Before<AwardRecommendationView, RecommendationStatus> before = workflow.before(r);
        r.rankingOverride = input.reason().strip();
        return workflow.commit(r, before, RecommendationAction.OVERRIDE, r.rankingOverride);
    }

    /**
     * The Government Emulation Flag of a cluster follows its ranking of the year: when the cluster has confirmed
     * scorecards that year, the nominee's province must be the member ranked first alone, unless central staff recorded
     * an override. Checked when the nomination reaches the cluster (submit) and when the cluster endorses it (vote); a
     * draft is the province's own business. The ranking's scheme stays locked until this transaction ends, so a
     * confirmation cannot change the first place under the decision.
     */
    private void requireFlagFollowsRanking(AwardRecommendation r) {
        if (!AwardType.GOVERNMENT_EMULATION_FLAG.equals(r.awardTypeCode) || r.rankingOverride != null) {
            return;
        }
        ranking.firstPlace(r.cluster, r.year).ifPresent(first -> {
            String scores = " by the confirmed scores of cluster " + r.cluster.code + " for " + r.year + " (GET /api/v1/clusters/"
                    + r.cluster.code + "/scores/" + r.year + ")";
            String override = " Central staff may let the nomination go ahead with a reason (POST "
                    + "/api/v1/award-recommendations/" + r.id + "/override).";
            if (first.shared()) {
                throw ApiException.conflict("The Government Emulation Flag follows the ranking, and the first place is shared"
                        + scores + " by " + first.members().stream().map(Province::label).toList() + ": the scheme's tie "
                        + "rule did not separate them." + override);
            }
            Province leader = first.members().get(0);
            if (!leader.id.equals(r.nomineeProvince.id)) {
                throw ApiException.conflict("The Government Emulation Flag follows the ranking: " + leader.label()
                        + " ranks first" + scores + ", not " + r.nomineeProvince.label() + "." + override);
            }
        });
    }

    private void requireProposer(AwardRecommendation r, String what) {
        access.requireOwner(r.proposingProvince, what);
    }

    private void requireClusterDecision(AwardRecommendation r, String what) {
        access.requireClusterDecision(r.cluster, r.year, r.proposingProvince, what);
    }

    /** Sets the fields a proposer writes, after checking them against the catalog and the cluster's members. */
    private void setProposal(AwardRecommendation r, Proposal proposal) {
        NomineeKind nomineeKind = proposal.nomineeKind();
        AwardType type = awardTypes.named(proposal.awardTypeCode(), "awardTypeCode");
        if (!type.allows(nomineeKind)) {
            throw ApiException.unprocessable("nomineeKind", type.name + " (" + type.code + ") goes to "
                    + type.recipients() + " only, not to " + nomineeKind);
        }
        boolean direct = Boolean.TRUE.equals(proposal.directWorker());
        if (direct && nomineeKind != NomineeKind.INDIVIDUAL) {
            throw ApiException.unprocessable("directWorker", "only an individual can be a direct worker");
        }
        r.awardType = type;
        r.awardTypeCode = type.code;
        r.kind = proposal.kind();
        r.nomineeKind = nomineeKind;
        r.nomineeName = Normalizer.normalize(proposal.nomineeName().strip(), Normalizer.Form.NFC);
        r.nomineeProvince = member(r.cluster, proposal.nomineeProvinceCode(), r.year, "nomineeProvinceCode");
        r.nomineeOrganisation = proposal.nomineeOrganisation();
        r.nomineePosition = proposal.nomineePosition();
        r.directWorker = direct;
        r.movement = proposal.movementCode() == null ? null : movements.named(proposal.movementCode(), "movementCode");
        r.achievements = proposal.achievements();
    }

    /** The unit with this code during the year, which must be a member of the cluster that year (422 otherwise). */
    private Province member(Cluster cluster, String code, int year, String field) {
        Province province = provinces.unitDuring(code, year, field);
        if (memberships.roleOf(cluster, province, year).isEmpty()) {
            throw ApiException.unprocessable(field, province.label() + " is not a member of cluster " + cluster.code
                    + " in " + year);
        }
        return province;
    }

    private static List<AwardRecommendationView> views(List<AwardRecommendation> rows) {
        return rows.stream().map(AwardRecommendationView::of).toList();
    }
}
