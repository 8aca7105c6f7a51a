package vn.thidua.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;
import vn.thidua.province.ProvinceView.ProvinceRef;

@Schema(name = "Membership", description = "A province's membership of a cluster in one year.")
public record MembershipView(
        @Schema(description = "Server-made identity of the membership.", example = "6", required = true)
        long id,
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The year of the membership.", example = "2023", required = true)
        int year,
        @Schema(required = true)
        MembershipRole role,
        @Schema(description = "The member.", required = true)
        ProvinceRef province) {

    public static MembershipView of(Membership m) {
        return new MembershipView(m.id, m.cluster.code, m.year, m.role, ProvinceRef.of(m.province));
    }

    /** Names the page schema in the contract. */
    @Schema(name = "MembershipPage", description = "One page of memberships.")
    public static final class Page extends PageView<MembershipView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
