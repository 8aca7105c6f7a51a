package vn.thidua.membership;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.thidua.audit.AuditTrail;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;

/**
 * Members of clusters by year. The rules that must hold under concurrent writes (one head per
 * cluster and year, one cluster of provinces per province and year, no duplicates) are unique
 * indexes in the database; this service only words their refusals through the error mapper.
 */
@ApplicationScoped
public class MembershipService {

    /** Head first, then deputies, then members; by province code within a role. */
    private static final String ORDER = "m.year desc, case m.role when 'HEAD' then 0 when 'DEPUTY' then 1 "
            + "else 2 end, m.province.code, m.id";

    private final ClusterService clusters;
    private final ProvinceService provinces;

    private final AuditTrail audit;

    public MembershipService(ClusterService clusters, ProvinceService provinces, AuditTrail audit) {
        this.clusters = clusters;
        this.provinces = provinces;
        this.audit = audit;
    }

    public PageView<MembershipView> list(String clusterCode, Integer year, MembershipRole role, PageRequest page) {
        Cluster cluster = clusters.get(clusterCode);
        String hql = "from Membership m where m.cluster = :cluster";
        Parameters params = Parameters.with("cluster", cluster);
        if (year != null) {
            hql += " and m.year = :year";
            params.and("year", year);
        }
        if (role != null) {
            hql += " and m.role = :role";
            params.and("role", role);
        }
        return PageView.of(Membership.class, hql, ORDER, params, page, MembershipService::views);
    }

    public PageView<MembershipView> historyOf(Province province, PageRequest page) {
        return PageView.of(Membership.class, "from Membership m where m.province = :province", ORDER,
                Parameters.with("province", province), page, MembershipService::views);
    }

    public Versioned<MembershipView> read(String clusterCode, long id) {
        return versioned(get(clusterCode, id));
    }

    private Membership get(String clusterCode, long id) {
        Cluster cluster = clusters.get(clusterCode);
        return Membership.<Membership>find("id = ?1 and cluster = ?2", id, cluster).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Cluster " + clusterCode + " has no membership " + id + "."));
    }

    @Transactional
    public Versioned<MembershipView> add(String clusterCode, MembershipCreate input) {
        Cluster cluster = clusters.get(clusterCode);
        Membership membership = new Membership();
        membership.cluster = cluster;
        membership.clusterKind = cluster.kind;
        membership.province = provinces.unitDuring(input.provinceCode(), input.year(), "provinceCode");
        membership.year = input.year();
        membership.role = input.role();
        membership.persist();
        Versioned<MembershipView> added = versioned(membership);
        audit.record("membership", membership.id, "create", null, added.body());
        return added;
    }

    @Transactional
    public Versioned<MembershipView> changeRole(String clusterCode, long id, String ifMatch, MembershipPatch patch) {
        Membership membership = get(clusterCode, id);
        Versions.requireMatch(ifMatch, membership.version);
        MembershipView before = MembershipView.of(membership);
        membership.role = patch.role();
        Membership.flush();
        Versioned<MembershipView> changed = versioned(membership);
        audit.record("membership", id, "update", before, changed.body());
        return changed;
    }

    @Transactional
    public void remove(String clusterCode, long id, String ifMatch) {
        Membership membership = get(clusterCode, id);
        Versions.requireMatch(ifMatch, membership.version);
        MembershipView before = MembershipView.of(membership);
        membership.delete();
        Membership.flush();
        audit.record("membership", id, "delete", before, null);
    }

    /** The role of the province in the cluster that year, if it is a member. */
    public Optional<MembershipRole> roleOf(Cluster cluster, Province province, int year) {
        return Membership.<Membership>find("cluster = ?1 and province = ?2 and year = ?3", cluster, province, year)
                .firstResultOptional().map(m -> m.role);
    }

    /** The province heading the cluster that year (cụm trưởng), if one is named. */
    public Optional<Province> headOf(Cluster cluster, int year) {
        return Membership.<Membership>find("cluster = ?1 and year = ?2 and role = ?3", cluster, year, MembershipRole.HEAD)
                .firstResultOptional().map(m -> m.province);
    }

    /** The provinces deputising for the head that year (cụm phó). */
    public List<Province> deputiesOf(Cluster cluster, int year) {
        return Membership.<Membership>find("cluster = ?1 and year = ?2 and role = ?3", cluster, year, MembershipRole.DEPUTY)
                .stream().map(m -> m.province).toList();
    }

    /** How many members the cluster has that year. */
    /**
     * The number of the cluster's members in a year, for a meeting of theirs: a meeting that claims more members present
     * than the cluster has is refused (422, membersPresent).
     */
    public long requireAttendance(Cluster cluster, int year, int present) {
        long members = Membership.count("cluster = ?1 and year = ?2", cluster, year);
        if (present > members) {
            throw ApiException.unprocessable("membersPresent", "cluster " + cluster.code + " has " + members + " members in "
                    + year + "; " + present + " cannot be present");
        }
        return members;
    }

    private static Versioned<MembershipView> versioned(Membership membership) {
        return new Versioned<>(MembershipView.of(membership), membership.version);
    }

    private static List<MembershipView> views(List<Membership> rows) {
        return rows.stream().map(MembershipView::of).toList();
    }
}
