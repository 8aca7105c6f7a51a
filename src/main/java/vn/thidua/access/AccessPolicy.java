package vn.thidua.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.thidua.cluster.Cluster;
import vn.thidua.common.ApiException;
import vn.thidua.common.CurrentUser;
import vn.thidua.common.Roles;
import vn.thidua.membership.MembershipService;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;

/**
 * Who may see and do what with whose data: the one place services ask. Roles gate each operation at
 * the resource ({@code @RolesAllowed}); this policy decides for one object.
 * <ul>
 * <li><b>Authority follows the succession.</b> A province officer's token names a code; it is read as
 * the unit with that code today, and its officers act for that unit and for every unit it took over
 * (today's Ninh Bình (37) handles Nam Định's (36) and Hà Nam's (35) 2023 records). A code that names
 * no unit today is refused everywhere (403, naming the successor).</li>
 * <li>A province's own work (its reports, the recommendations it proposes) is written, submitted and
 * withdrawn by its officers, or by central staff.</li>
 * <li>The cluster's decisions on a member's work (accepting or returning reports; returning, voting on
 * and forwarding recommendations) belong to the officers of that year's head, or central staff.
 * <b>Segregation of duties:</b> nobody decides on their own province's work; when the work is the
 * head's own, officers of a deputy province decide.</li>
 * <li><b>Visibility:</b> work that was never submitted (a draft, or withdrawn before submission) is
 * seen only by its own province's officers (and central, admin, viewer). To everyone else it does
 * not exist: reads answer 404 as for an unknown id, lists and counts leave it out.</li>
 * </ul>
 */
@RequestScoped
public class AccessPolicy {

    /** A province officer: the unit their token's code names today, and the units they act for. */
    public record Officer(Province unit, Set<Long> units) {

        public boolean actsFor(Province province) {
            return units.contains(province.id);
        }
    }

    private final CurrentUser user;
    private final ProvinceService provinces;
    private final MembershipService memberships;
    private final OfficerUnits officers;
    private Optional<Officer> officer;

    public AccessPolicy(CurrentUser user, ProvinceService provinces, MembershipService memberships, OfficerUnits officers) {
        this.user = user;
        this.provinces = provinces;
        this.memberships = memberships;
        this.officers = officers;
    }

    /**
     * The calling province officer; empty for central staff, admins and viewers, who see every
     * province's work. A province token whose code names no unit today is refused (403).
     */
    public Optional<Officer> officer() {
        if (officer == null) {
            officer = resolveOfficer();
        }
        return officer;
    }

    private Optional<Officer> resolveOfficer() {
        if (!user.has(Roles.PROVINCE) || user.has(Roles.CENTRAL) || user.has(Roles.ADMIN) || user.has(Roles.VIEWER)) {
            return Optional.empty();
        }
        String code = user.provinceCode().orElseThrow(() -> ApiException.forbidden(
                "Your token has the role province but no province claim: ask for a token that names your province."));
        return Optional.of(officers.today(code).orElseThrow(() -> ApiException.forbidden(
                "Province code " + code + " names no provincial-level unit today. " + provinces.explainRetired(code)
                        + ". Officers act through the unit of today, for it and for every unit it took over: "
                        + "ask for a token with today's code.")));
    }

    /** Writing, submitting or withdrawing the work of this province. */
    public void requireOwner(Province owner, String what) {
        if (user.has(Roles.CENTRAL) || officer().filter(o -> o.actsFor(owner)).isPresent()) {
            return;
        }
        throw ApiException.forbidden("Only officers of " + owner.label() + " (or of the unit that took it over), or "
                + "central staff, may " + what + "; " + yourToken() + ".");
    }

    /**
     * A decision of the cluster on a member's work ({@code workOf}) in that year: the head's officers,
     * never on their own province's work; a deputy's officers for the head's own work; central staff.
     */
    public void requireClusterDecision(Cluster cluster, int year, Province workOf, String what) {
        if (user.has(Roles.CENTRAL)) {
            return;
        }
        Optional<Province> head = memberships.headOf(cluster, year);
        String rule = "Only officers of the head of cluster " + cluster.code + " in " + year
                + head.map(p -> " (" + p.label() + ")").orElse(" (none is named)")
                + ", or of a deputy province when the work is the head's own, or central staff, may " + what
                + "; nobody decides on their own province's work";
        Officer caller = officer().orElseThrow(() -> ApiException.forbidden(rule + "."));
        if (caller.actsFor(workOf)) {
            throw ApiException.forbidden("This is the work of " + workOf.label() + ", your own province's: " + rule + ".");
        }
        if (head.isPresent() && caller.actsFor(head.get())) {
            return;
        }
        if (head.isPresent() && sameUnitToday(head.get(), workOf)
                && memberships.deputiesOf(cluster, year).stream().anyMatch(caller::actsFor)) {
            return;
        }
        throw ApiException.forbidden(rule + "; " + yourToken() + ".");
    }

    /**
     * The cluster's own business in a year (its scoring scheme, its covenant, the election of next year's head):
     * officers of that year's head (or of the unit that took it over), or central staff.
     */
    public void requireClusterLead(Cluster cluster, int year, String what) {
        if (user.has(Roles.CENTRAL)) {
            return;
        }
        Optional<Province> head = memberships.headOf(cluster, year);
        if (head.isPresent() && officer().filter(o -> o.actsFor(head.get())).isPresent()) {
            return;
        }
        throw ApiException.forbidden("Only officers of the head of cluster " + cluster.code + " in " + year
                + head.map(p -> " (" + p.label() + ")").orElse(" (none is named)") + ", or central staff, may " + what
                + "; " + yourToken() + ".");
    }

    /** Whether the caller may see this province's work: always once it was submitted, else its own officers only. */
    public boolean canSee(Province owner, boolean everSubmitted) {
        return everSubmitted || officer().map(o -> o.actsFor(owner)).orElse(true);
    }

    /** Refuses work the caller may not see exactly as an unknown id: no answer tells that it exists. */
    public void requireVisible(Province owner, boolean everSubmitted, Supplier<ApiException> notFound) {
        if (!canSee(owner, everSubmitted)) {
            throw notFound.get();
        }
    }

    /**
     * For lists and counts: the units whose never-submitted work alone the caller may see (a province
     * officer's), or empty when the caller sees all of it (central, admin, viewer).
     */
    public Optional<Set<Long>> unsubmittedWorkVisibleOnlyOf() {
        return officer().map(Officer::units);
    }

    private boolean sameUnitToday(Province a, Province b) {
        Optional<Province> holderOfA = provinces.holderToday(a);
        return holderOfA.isPresent() && holderOfA.map(p -> p.id).equals(provinces.holderToday(b).map(p -> p.id));
    }

    private String yourToken() {
        return officer().map(o -> "your token is for " + o.unit().label()).orElse("your token names no province");
    }
}
