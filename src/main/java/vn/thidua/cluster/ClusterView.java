package vn.thidua.cluster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "Cluster", description = "An emulation cluster or bloc.")
public record ClusterView(
        @Schema(description = "Stable code that addresses the cluster.", example = "DBSH", required = true)
        String code,
        @Schema(description = "Name.", example = "Cụm thi đua các tỉnh Đồng bằng sông Hồng", required = true)
        String name,
        @Schema(required = true)
        ClusterKind kind,
        @Schema(description = "Who organises it and what it gathers.",
                example = "Cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức.")
        String description) {

    public static ClusterView of(Cluster cluster) {
        return new ClusterView(cluster.code, cluster.name, cluster.kind, cluster.description);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ClusterPage", description = "One page of clusters.")
    public static final class Page extends PageView<ClusterView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
