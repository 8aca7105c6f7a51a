package vn.thidua.election;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.access.AccessPolicy;
import vn.thidua.audit.AuditTrail;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.membership.Membership;
import vn.thidua.membership.MembershipRole;
import vn.thidua.membership.MembershipService;
import vn.thidua.membership.MembershipView;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;
import vn.thidua.province.ProvinceView.ProvinceRef;

/**
 * The election of next year's head and deputies (suy tôn Cụm trưởng, Cụm phó), recorded by the head of the year
 * reviewed or central staff. One action: the election and the memberships of the year served, in one transaction —
 * the members of the year reviewed are carried over (those whose unit still exists), memberships already added for
 * that year are kept, and the roles are set (the elected head HEAD, the deputies DEPUTY, everyone else MEMBER). One
 * election per cluster and year is a unique key, written first, so that of two concurrent elections one is refused
 * before it touches a membership.
 */
@ApplicationScoped
public class ElectionService {

    static final String ENTITY = "election";

    private final ClusterService clusters;
    private final ProvinceService provinces;
    private final MembershipService memberships;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public ElectionService(ClusterService clusters, ProvinceService provinces, MembershipService memberships,
                           AccessPolicy access, AuditTrail audit) {
        this.clusters = clusters;
        this.provinces = provinces;
        this.memberships = memberships;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public PageView<ElectionView> list(String clusterCode, PageRequest page) {
        Cluster cluster = clusters.get(clusterCode);
        return PageView.of(Election.class, "from Election where cluster = :cluster", "year desc",
                Parameters.with("cluster", cluster), page, rows -> rows.stream().map(this::view).toList());
    }

    @Transactional
    public Versioned<ElectionView> read(String clusterCode, int year) {
        Cluster cluster = clusters.get(clusterCode);
        Election election = Election.<Election>find("cluster = ?1 and year = ?2", cluster, year).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Cluster " + cluster.code + " has no election for " + year + "."));
        return new Versioned<>(view(election), election.version);
    }

    @Transactional
    public Versioned<ElectionView> create(String clusterCode, ElectionCreate input) {
        Cluster cluster = clusters.get(clusterCode);
        int year = input.year();
        int reviewed = year - 1;
        access.requireClusterLead(cluster, reviewed, "record the election of its head and deputies for " + year);
        if (input.heldOn().getYear() != reviewed && input.heldOn().getYear() != year) {
            throw ApiException.unprocessable("heldOn", "the election for " + year + " is held at the review of " + reviewed
                    + ", in " + reviewed + " or early in " + year);
        }
        memberships.requireAttendance(cluster, reviewed, input.membersPresent());

        // The memberships of the year served: those already there, and the members of the year reviewed carried over.
        Map<Long, Membership> served = new LinkedHashMap<>();
        Membership.<Membership>list("cluster = ?1 and year = ?2", cluster, year).forEach(m -> served.put(m.province.id, m));
        List<Province> carried = new ArrayList<>();
        for (Membership m : Membership.<Membership>list("cluster = ?1 and year = ?2 order by province.code", cluster, reviewed)) {
            if (!served.containsKey(m.province.id) && m.province.validDuring(year)) {
                carried.add(m.province);
            }
        }
        Set<Long> members = new HashSet<>(served.keySet());
        carried.forEach(p -> members.add(p.id));

        Province head = elected(input.head(), "head", cluster, year, members, input.membersPresent());
        Set<Long> elected = new HashSet<>(Set.of(head.id));
        Election election = new Election();
        election.cluster = cluster;
        election.year = year;
        election.heldOn = input.heldOn();
        election.place = blankToNull(input.place());
        election.membersPresent = input.membersPresent();
        election.head = head;
        election.headVotes = input.head().votes();
        for (int i = 0; i < input.deputies().size(); i++) {
            Province deputy = elected(input.deputies().get(i), "deputies[" + i + "]", cluster, year, members,
                    input.membersPresent());
            if (!elected.add(deputy.id)) {
                throw ApiException.unprocessable("deputies[" + i + "].provinceCode", deputy.label()
                        + " is elected twice; a province holds one role");
            }
            ElectedDeputy seat = new ElectedDeputy();
            seat.province = deputy;
            seat.votes = input.deputies().get(i).votes();
            seat.position = i;
            election.deputies.add(seat);
        }
        election.conferenceId = input.conferenceId();
        election.note = blankToNull(input.note());
        election.createdAt = OffsetDateTime.now();
        // The head's membership of the year served may be written below: its key is checked at commit.
        Election.getEntityManager().createNativeQuery("SET CONSTRAINTS election_head_membership_fk DEFERRED").executeUpdate();
        election.persist();
        Election.flush();

        // Roles: every seat becomes a member's first (one head per cluster and year holds at every statement), then
        // the elected take theirs.
        Map<Long, MembershipView> before = new LinkedHashMap<>();
        served.values().forEach(m -> before.put(m.id, MembershipView.of(m)));
        served.values().stream().filter(m -> m.role != MembershipRole.MEMBER).forEach(m -> m.role = MembershipRole.MEMBER);
        Membership.flush();
        for (Province province : carried) {
            Membership m = new Membership();
            m.cluster = cluster;
            m.clusterKind = cluster.kind;
            m.province = province;
            m.year = year;
            m.role = MembershipRole.MEMBER;
            m.persist();
            served.put(province.id, m);
        }
        served.get(head.id).role = MembershipRole.HEAD;
        election.deputies.forEach(d -> served.get(d.province.id).role = MembershipRole.DEPUTY);
        Membership.flush();

        for (Membership m : served.values()) {
            MembershipView was = before.get(m.id);
            MembershipView now = MembershipView.of(m);
            if (was == null) {
                audit.record("membership", m.id, "create", null, now);
            } else if (was.role() != now.role()) {
                audit.record("membership", m.id, "update", was, now);
            }
        }
        ElectionView view = view(election);
        audit.record(ENTITY, cluster.code + "/" + year, "create", null, view);
        return new Versioned<>(view, election.version);
    }

    /** The unit elected: it exists in the year served and is a member that year (422 on the field otherwise). */
    private Province elected(ElectionCreate.Elected input, String field, Cluster cluster, int year, Set<Long> members,
                             int present) {
        Province province = provinces.unitDuring(input.provinceCode(), year, field + ".provinceCode");
        if (!members.contains(province.id)) {
            throw ApiException.unprocessable(field + ".provinceCode", province.label() + " is not a member of cluster "
                    + cluster.code + " in " + (year - 1) + " or " + year + "; only members are elected");
        }
        if (input.votes() > present) {
            throw ApiException.unprocessable(field + ".votes", input.votes() + " votes from " + present
                    + " members present");
        }
        return province;
    }

    private ElectionView view(Election election) {
        List<MembershipView> seats = memberships.list(election.cluster.code, election.year, null,
                new PageRequest(0, PageRequest.MAX_SIZE)).items;
        Set<Long> seated = new HashSet<>();
        seats.forEach(s -> seated.add(s.province().id()));
        List<ProvinceRef> notCarriedOver = Membership.<Membership>list("cluster = ?1 and year = ?2 order by province.code",
                        election.cluster, election.year - 1).stream()
                .map(m -> m.province)
                .filter(p -> !p.validDuring(election.year) && !seated.contains(p.id))
                .map(ProvinceRef::of).toList();
        return ElectionView.of(election, seats, notCarriedOver);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
