package vn.thidua.scoring;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.thidua.access.AccessPolicy;
import vn.thidua.cluster.Cluster;
import vn.thidua.common.ApiException;
import vn.thidua.common.Filters;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Problem;
import vn.thidua.common.Versioned;
import vn.thidua.membership.MembershipService;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;
import vn.thidua.workflow.Workflow.Before;

/**
 * Members' scorecards and their workflow: DRAFT → SUBMITTED → REVIEWED → CONFIRMED, or RETURNED (with a reason) and
 * submitted again. The member's officers write and submit their own card; the officers of that year's head review,
 * return and confirm it (a deputy's for the head's own card); central staff may do all. Other provinces see a card
 * once it was submitted. One card per member and year is a unique key in the database.
 */
@ApplicationScoped
public class ScorecardService {

    private static final String ORDER = "s.year desc, s.cluster.code, s.province.code, s.id";

    private final ProvinceService provinces;
    private final MembershipService memberships;
    private final ScoringSchemeService schemes;
    private final AccessPolicy access;
    private final ScorecardWorkflow workflow;

    public ScorecardService(ProvinceService provinces, MembershipService memberships, ScoringSchemeService schemes,
                            AccessPolicy access, ScorecardWorkflow workflow) {
        this.provinces = provinces;
        this.memberships = memberships;
        this.schemes = schemes;
        this.access = access;
        this.workflow = workflow;
    }

    @Transactional
    public PageView<ScorecardView> list(String clusterCode, Integer year, String provinceCode, ScorecardStatus status,
                                        PageRequest page) {
        Filters filters = new Filters()
                .and("s.cluster.code = :cluster", "cluster", clusterCode)
                .and("s.year = :year", "year", year)
                .and("s.province.code = :province", "province", provinceCode)
                .and("s.status = :status", "status", status);
        access.unsubmittedWorkVisibleOnlyOf()
                .ifPresent(own -> filters.and("(s.submittedAt is not null or s.province.id in :own)", "own", own));
        return PageView.of(Scorecard.class, filters.from("from Scorecard s"), ORDER, filters.parameters(), page,
                rows -> rows.stream().map(ScorecardView::of).toList());
    }

    @Transactional
    public Versioned<ScorecardView> read(long id) {
        return workflow.versioned(readable(id));
    }

    @Transactional
    public PageView<ScorecardStepView> history(long id, PageRequest page) {
        Scorecard card = readable(id);
        return PageView.of(ScorecardStep.class, "from ScorecardStep where scorecard = :scorecard", "at, id",
                Parameters.with("scorecard", card), page, rows -> rows.stream().map(ScorecardStepView::of).toList());
    }

    @Transactional
    public Versioned<ScorecardView> create(ScorecardCreate input) {
        Cluster cluster = Cluster.findByCode(input.clusterCode()).orElseThrow(() ->
                ApiException.unprocessable("clusterCode", "no cluster has code " + input.clusterCode()));
        Province province = provinces.unitDuring(input.provinceCode(), input.year(), "provinceCode");
        access.requireOwner(province, "create its scorecards");
        if (memberships.roleOf(cluster, province, input.year()).isEmpty()) {
            throw ApiException.unprocessable("provinceCode", province.label() + " is not a member of cluster "
                    + cluster.code + " in " + input.year());
        }
        Scorecard card = new Scorecard();
        card.cluster = cluster;
        card.province = province;
        card.year = input.year();
        card.scheme = schemes.schemeToScore(cluster, input.year(), "clusterCode");
        card.status = ScorecardStatus.DRAFT;
        setSelfAssessment(card, input.lines());
        card.createdAt = OffsetDateTime.now();
        card.updatedAt = card.createdAt;
        card.persist();
        return workflow.commit(card, null, ScorecardAction.CREATE, null);
    }

    @Transactional
    public Versioned<ScorecardView> update(long id, String ifMatch, ScorecardUpdate input) {
        Scorecard card = workflow.open(readable(id), ifMatch, ScorecardAction.UPDATE, this::requireMember);
        schemes.holdForDraft(card.scheme);
        Before<ScorecardView, ScorecardStatus> before = workflow.before(card);
        setSelfAssessment(card, input.lines());
        return workflow.commit(card, before, ScorecardAction.UPDATE, null);
    }

    @Transactional
    public Versioned<ScorecardView> submit(long id, String ifMatch, ScorecardNote input) {
        Scorecard card = workflow.open(readable(id), ifMatch, ScorecardAction.SUBMIT, this::requireMember);
        schemes.holdForSubmission(card.scheme);
        Before<ScorecardView, ScorecardStatus> before = workflow.before(card);
        requireScoredAsTheSchemeIs(card);
        schemes.freeze(card.scheme);
        card.lines.forEach(l -> {
            l.agreedPoints = null;
            l.reviewReason = null;
        });
        card.status = ScorecardStatus.SUBMITTED;
        card.returnReason = null;
        return workflow.commit(card, before, ScorecardAction.SUBMIT, note(input));
    }

    /** Sets the agreed points: the member's own unless changed, and a change needs its reason. */
    @Transactional
    public Versioned<ScorecardView> review(long id, String ifMatch, ScorecardReview input) {
        Scorecard card = workflow.open(readable(id), ifMatch, ScorecardAction.REVIEW, c -> requireClusterDecision(c, "review it"));
        Before<ScorecardView, ScorecardStatus> before = workflow.before(card);
        if (card.status == ScorecardStatus.SUBMITTED) {
            card.lines.forEach(l -> {
                l.agreedPoints = l.selfPoints;
                l.reviewReason = null;
            });
        }
        List<ScorecardReview.Change> changes = input == null || input.changes() == null ? List.of() : input.changes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            ScorecardReview.Change change = changes.get(i);
            String at = "changes[" + i + "]";
            ScoringItem item = card.scheme.item(change.itemCode()).orElseThrow(() -> ApiException.unprocessable(
                    at + ".itemCode", "the scheme has no item " + change.itemCode()));
            if (!seen.add(item.code)) {
                throw ApiException.unprocessable(at + ".itemCode", "item " + item.code + " is changed twice");
            }
            requireInRange(item, change.points(), at + ".points");
            ScorecardLine line = card.line(item).orElseGet(() -> {
                ScorecardLine added = new ScorecardLine();
                added.item = item;
                added.selfPoints = BigDecimal.ZERO;
                card.lines.add(added);
                return added;
            });
            boolean differs = line.selfPoints.compareTo(change.points()) != 0;
            String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
            if (differs && reason == null) {
                throw ApiException.unprocessable(at + ".reason", "give the reason for changing the points of "
                        + item.label() + " from " + line.selfPoints.stripTrailingZeros().toPlainString() + " to "
                        + change.points().stripTrailingZeros().toPlainString() + "; the member reads it");
            }
            line.agreedPoints = change.points();
            line.reviewReason = differs ? reason : null;
        }
        card.status = ScorecardStatus.REVIEWED;
        return workflow.commit(card, before, ScorecardAction.REVIEW, input == null ? null : blankToNull(input.note()));
    }

    @Transactional
    public Versioned<ScorecardView> confirm(long id, String ifMatch, ScorecardNote input) {
        Scorecard card = workflow.open(readable(id), ifMatch, ScorecardAction.CONFIRM, c -> requireClusterDecision(c, "confirm it"));
        // A confirmation can change who ranks first: it waits for a decision taken on the first place (the flag's vote).
        Scorecard.getEntityManager().lock(card.scheme, LockModeType.PESSIMISTIC_WRITE);
        Before<ScorecardView, ScorecardStatus> before = workflow.before(card);
        card.status = ScorecardStatus.CONFIRMED;
        return workflow.commit(card, before, ScorecardAction.CONFIRM, note(input));
    }

    @Transactional
    public Versioned<ScorecardView> returnToMember(long id, String ifMatch, ScorecardNote input) {
        Scorecard card = workflow.open(readable(id), ifMatch, ScorecardAction.RETURN, c -> requireClusterDecision(c, "return it"));
        Before<ScorecardView, ScorecardStatus> before = workflow.before(card);
        String reason = note(input);
        if (reason == null) {
            throw ApiException.unprocessable("note", "give the reason for returning the scorecard; the member reads it");
        }
        card.status = ScorecardStatus.RETURNED;
        card.returnReason = reason;
        return workflow.commit(card, before, ScorecardAction.RETURN, reason);
    }

    /**
     * A card is submitted as its scheme is now: a draft's lines were checked against the scheme when they were written,
     * but the scheme may have been replaced since (lowering a maximum, adding a criterion), as long as no card was
     * submitted. Every criterion scored, and each line within its item's range, else 422 naming each (lines[i] in the
     * card's order, as it shows them).
     */
    private static void requireScoredAsTheSchemeIs(Scorecard card) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ScorecardLine> lines = card.orderedLines();
        for (int i = 0; i < lines.size(); i++) {
            ScorecardLine line = lines.get(i);
            if (line.selfPoints.compareTo(line.item.maxPoints) > 0) {
                errors.add(new Problem.FieldError("lines[" + i + "].points", outOfRange(line.item, line.selfPoints)
                        + " in the scheme as it is now"));
            }
        }
        Set<Long> scored = lines.stream().map(l -> l.item.id).collect(Collectors.toSet());
        String missing = card.scheme.items.stream()
                .filter(i -> i.kind == ScoringItemKind.CRITERION && !scored.contains(i.id))
                .map(i -> i.code).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            errors.add(new Problem.FieldError("lines", "every criterion is scored before the card is submitted; missing: "
                    + missing));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ApiException.Kind.UNPROCESSABLE, errors.stream().map(Problem.FieldError::message)
                    .collect(Collectors.joining("; ")), errors);
        }
    }

    /** Replaces the self-assessment: each item of the card's scheme once, its points within the item's range. */
    private static void setSelfAssessment(Scorecard card, List<ScorecardLineInput> inputs) {
        card.lines.clear();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScorecardLineInput input = inputs.get(i);
            String at = "lines[" + i + "]";
            ScoringItem item = card.scheme.item(input.itemCode()).orElseThrow(() -> ApiException.unprocessable(
                    at + ".itemCode", "the scoring scheme of cluster " + card.cluster.code + " for " + card.year
                            + " has no item " + input.itemCode()));
            if (!seen.add(item.code)) {
                throw ApiException.unprocessable(at + ".itemCode", "item " + item.code + " is scored twice");
            }
            requireInRange(item, input.points(), at + ".points");
            ScorecardLine line = new ScorecardLine();
            line.item = item;
            line.selfPoints = input.points();
            line.evidence = blankToNull(input.evidence());
            card.lines.add(line);
        }
    }

    private static void requireInRange(ScoringItem item, BigDecimal points, String field) {
        if (points.signum() < 0 || points.compareTo(item.maxPoints) > 0) {
            throw ApiException.unprocessable(field, outOfRange(item, points));
        }
    }

    private static String outOfRange(ScoringItem item, BigDecimal points) {
        return item.label() + " scores from 0 to " + item.maxPoints.stripTrailingZeros().toPlainString() + ", not "
                + points.stripTrailingZeros().toPlainString();
    }

    /** The card, if the caller may see it; one they may not see is answered as one that does not exist. */
    private Scorecard readable(long id) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("No scorecard has id " + id + ".");
        Scorecard card = Scorecard.<Scorecard>findByIdOptional(id).orElseThrow(notFound);
        access.requireVisible(card.province, card.submittedAt != null, notFound);
        return card;
    }

    private void requireMember(Scorecard card) {
        access.requireOwner(card.province, "write or submit its scorecard");
    }

    private void requireClusterDecision(Scorecard card, String what) {
        access.requireClusterDecision(card.cluster, card.year, card.province, what);
    }

    private static String note(ScorecardNote input) {
        return input == null ? null : blankToNull(input.note());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
