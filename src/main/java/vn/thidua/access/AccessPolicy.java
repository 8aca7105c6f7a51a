package vn.thidua.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.thidua.cluster.Cluster;
import vn.thidua.common.ApiException;
import vn.thidua.common.CurrentUser;
import vn.thidua.common.Roles;
import vn.thidua.membership.MembershipService;
import vn.thidua.province.Province;

/**
 * Who may do what to whose data: the one place services ask. Roles gate each operation at the
 * resource ({@code @RolesAllowed}); this policy decides for one object.
 * <ul>
 * <li>A province's own work (its reports, the recommendations it proposes) is written, submitted and
 * withdrawn by that province's officers, or by central staff.</li>
 * <li>The cluster head's actions (accepting or returning reports; returning, voting on and forwarding
 * recommendations) belong to officers of the province that is HEAD of that cluster in that year, or to
 * central staff.</li>
 * <li>A draft is its province's work in progress: other provinces' officers neither list nor read it.</li>
 * </ul>
 */
@ApplicationScoped
public class AccessPolicy {

    private final CurrentUser user;
    private final MembershipService memberships;

    public AccessPolicy(CurrentUser user, MembershipService memberships) {
        this.user = user;
        this.memberships = memberships;
    }

    /** Writing, submitting or withdrawing the work of this province. */
    public void requireOwner(Province owner, String what) {
        requireOwner(owner.code, owner.label(), what);
    }

    /** Creating work in the name of the province with this code. */
    public void requireOwner(String provinceCode, String what) {
        requireOwner(provinceCode, "the province with code " + provinceCode, what);
    }

    private void requireOwner(String provinceCode, String owner, String what) {
        if (!user.has(Roles.CENTRAL) && !user.isOfficerOf(provinceCode)) {
            throw ApiException.forbidden("Only officers of " + owner + ", or central staff, may " + what
                    + "; your token is for " + user.provinceCode().map(code -> "province " + code).orElse("no province")
                    + ".");
        }
    }

    /** A head action in the cluster that year. */
    public void requireHead(Cluster cluster, int year, String what) {
        if (user.has(Roles.CENTRAL)) {
            return;
        }
        Optional<Province> head = memberships.headOf(cluster, year);
        if (head.isEmpty() || !user.isOfficerOf(head.get().code)) {
            throw ApiException.forbidden("Only officers of the head of cluster " + cluster.code + " in " + year
                    + head.map(p -> ", " + p.label() + ",").orElse(" (none is named)") + " or central staff may "
                    + what + ".");
        }
    }

    /** Reading one item: another province's draft is refused to a province officer. */
    public void requireReadable(String ownerProvinceCode, boolean draft, String item) {
        if (draft && restrictedToOwnDrafts().filter(own -> !own.equals(ownerProvinceCode)).isPresent()) {
            throw ApiException.forbidden(item + " is a draft of the province with code " + ownerProvinceCode
                    + "; other provinces see it once it is submitted.");
        }
    }

    /**
     * For lists: the province code whose drafts alone the caller may see (a province officer), or
     * empty when the caller sees every draft (central, admin, viewer).
     */
    public Optional<String> restrictedToOwnDrafts() {
        if (user.has(Roles.CENTRAL) || user.has(Roles.ADMIN) || user.has(Roles.VIEWER)) {
            return Optional.empty();
        }
        return Optional.of(user.provinceCode().orElse(""));
    }
}
