package vn.thidua.cluster;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;

@ApplicationScoped
public class ClusterService {

    private final AuditTrail audit;

    public ClusterService(AuditTrail audit) {
        this.audit = audit;
    }

    public PageView<ClusterView> list(ClusterKind kind, PageRequest page) {
        String from = kind == null ? "from Cluster" : "from Cluster where kind = :kind";
        Parameters params = kind == null ? new Parameters() : Parameters.with("kind", kind);
        return PageView.of(Cluster.class, from, "code", params, page, found -> found.stream().map(ClusterView::of).toList());
    }

    public Versioned<ClusterView> read(String code) {
        return versioned(get(code));
    }

    public Cluster get(String code) {
        return Cluster.findByCode(code)
                .orElseThrow(() -> ApiException.notFound("No cluster has code " + code + "."));
    }

    @Transactional
    public Versioned<ClusterView> create(ClusterCreate input) {
        Cluster cluster = new Cluster();
        cluster.code = input.code();
        cluster.name = input.name().strip();
        cluster.kind = input.kind();
        cluster.description = input.description();
        cluster.persist();
        Versioned<ClusterView> created = versioned(cluster);
        audit.record("cluster", cluster.code, "create", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<ClusterView> update(String code, String ifMatch, ClusterUpdate input) {
        Cluster cluster = get(code);
        Versions.requireMatch(ifMatch, cluster.version);
        ClusterView before = ClusterView.of(cluster);
        cluster.name = input.name().strip();
        cluster.kind = input.kind();
        cluster.description = input.description();
        // The kind travels to the memberships (ON UPDATE CASCADE), where the database checks it.
        Cluster.flush();
        Versioned<ClusterView> updated = versioned(cluster);
        audit.record("cluster", code, "update", before, updated.body());
        return updated;
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Cluster cluster = get(code);
        Versions.requireMatch(ifMatch, cluster.version);
        ClusterView before = ClusterView.of(cluster);
        cluster.delete();
        Cluster.flush();
        audit.record("cluster", code, "delete", before, null);
    }

    private static Versioned<ClusterView> versioned(Cluster cluster) {
        return new Versioned<>(ClusterView.of(cluster), cluster.version);
    }
}
