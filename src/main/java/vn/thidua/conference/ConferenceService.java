package vn.thidua.conference;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.access.AccessPolicy;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.AwardRecommendation;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;
import vn.thidua.dossier.DossierDocument;
import vn.thidua.election.Election;
import vn.thidua.membership.MembershipService;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;
import vn.thidua.report.Report;

/**
 * A cluster's conferences: recorded, replaced (PUT) and deleted by officers of the cluster's head province of the
 * conference's year, or central staff; read by everyone, like the cluster's other business. The database holds the
 * rules that concurrent writers could break (one conference of each kind but OTHER per cluster and year, the host and
 * the delegations are members that year, one delegation per province, the outcomes belong to the cluster's year); the
 * checks here only name the field at fault first.
 */
@ApplicationScoped
public class ConferenceService {

    static final String ENTITY = "conference";

    private final ClusterService clusters;
    private final ProvinceService provinces;
    private final MembershipService memberships;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public ConferenceService(ClusterService clusters, ProvinceService provinces, MembershipService memberships,
                             AccessPolicy access, AuditTrail audit) {
        this.clusters = clusters;
        this.provinces = provinces;
        this.memberships = memberships;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public PageView<ConferenceView> list(String clusterCode, Integer year, ConferenceKind kind, PageRequest page) {
        Cluster cluster = clusters.get(clusterCode);
        StringBuilder hql = new StringBuilder("from Conference where cluster = :cluster");
        Parameters params = Parameters.with("cluster", cluster);
        if (year != null) {
            hql.append(" and year = :year");
            params.and("year", year);
        }
        if (kind != null) {
            hql.append(" and kind = :kind");
            params.and("kind", kind);
        }
        return PageView.of(Conference.class, hql.toString(), "startsOn desc, id desc", params, page,
                rows -> rows.stream().map(ConferenceView::of).toList());
    }

    @Transactional
    public Versioned<ConferenceView> read(String clusterCode, long id) {
        Conference conference = get(clusterCode, id);
        return new Versioned<>(ConferenceView.of(conference), conference.version);
    }

    @Transactional
    public Versioned<ConferenceView> create(String clusterCode, ConferenceInput input) {
        Cluster cluster = clusters.get(clusterCode);
        access.requireClusterLead(cluster, input.year(), "record its conferences");
        Conference conference = new Conference();
        conference.cluster = cluster;
        conference.createdAt = OffsetDateTime.now();
        conference.updatedAt = conference.createdAt;
        setFields(conference, input);
        conference.persist();
        Conference.flush();
        setParts(conference, input);
        Conference.flush();
        ConferenceView after = ConferenceView.of(conference);
        audit.record(ENTITY, conference.id, "create", null, after);
        return new Versioned<>(after, conference.version);
    }

    @Transactional
    public Versioned<ConferenceView> update(String clusterCode, long id, String ifMatch, ConferenceInput input) {
        Conference conference = get(clusterCode, id);
        access.requireClusterLead(conference.cluster, conference.year, "change its conferences");
        if (input.year() != conference.year) {
            access.requireClusterLead(conference.cluster, input.year(), "record its conferences");
        }
        Versions.requireMatch(ifMatch, conference.version);
        ConferenceView before = ConferenceView.of(conference);
        // The parts go first, the conference's own fields next, then the new parts: the database checks each new part
        // against the conference as it then is (its days, its year's members).
        conference.delegations.clear();
        conference.representatives.clear();
        conference.agenda.clear();
        conference.tasks.clear();
        conference.reportsReviewed.clear();
        conference.nominationsVoted.clear();
        Conference.flush();
        setFields(conference, input);
        conference.updatedAt = OffsetDateTime.now();
        Conference.flush();
        setParts(conference, input);
        Conference.flush();
        ConferenceView after = ConferenceView.of(conference);
        audit.record(ENTITY, conference.id, "update", before, after);
        return new Versioned<>(after, conference.version);
    }

    @Transactional
    public void delete(String clusterCode, long id, String ifMatch) {
        // Locked: a document being added holds the row FOR SHARE, so the count below sees it or it waits and finds none.
        Conference conference = get(clusterCode, id, LockModeType.PESSIMISTIC_WRITE);
        access.requireClusterLead(conference.cluster, conference.year, "delete its conferences");
        Versions.requireMatch(ifMatch, conference.version);
        if (Election.count("conferenceId", id) > 0) {
            throw ApiException.conflict("The election of the cluster's head and deputies names this conference; it stays.");
        }
        long documents = DossierDocument.count("conferenceId", id);
        if (documents > 0) {
            throw ApiException.conflict("The conference has " + documents + " document(s) (its minutes, the reports presented...); "
                    + "delete them first (DELETE /api/v1/documents/{id}).");
        }
        ConferenceView before = ConferenceView.of(conference);
        conference.delete();
        Conference.flush();
        audit.record(ENTITY, id, "delete", before, null);
    }

    private Conference get(String clusterCode, long id) {
        return get(clusterCode, id, LockModeType.NONE);
    }

    private Conference get(String clusterCode, long id, LockModeType lock) {
        Cluster cluster = clusters.get(clusterCode);
        return Conference.<Conference>find("id = ?1 and cluster = ?2", id, cluster).withLock(lock).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Cluster " + cluster.code + " has no conference " + id + "."));
    }

    private void setFields(Conference c, ConferenceInput input) {
        int year = input.year();
        c.year = year;
        c.kind = input.kind();
        c.title = input.title().strip();
        c.startsOn = input.startsOn();
        c.endsOn = input.endsOn() == null ? input.startsOn() : input.endsOn();
        if (c.startsOn.getYear() < year || c.startsOn.getYear() > year + 1) {
            throw ApiException.unprocessable("startsOn", "a conference about " + year + " is held in " + year
                    + " or (a year-end review, a covenant signing) early in " + (year + 1));
        }
        if (c.endsOn.isBefore(c.startsOn) || c.endsOn.isAfter(c.startsOn.plusDays(14))) {
            throw ApiException.unprocessable("endsOn", "lies between startsOn and 14 days after it");
        }
        c.place = input.place().strip();
        c.hostProvince = member(c.cluster, year, input.hostProvinceCode(), "hostProvinceCode");
    }

    private void setParts(Conference c, ConferenceInput input) {
        Set<Long> delegated = new HashSet<>();
        List<ConferenceInput.DelegationInput> delegations = orEmpty(input.delegations());
        for (int i = 0; i < delegations.size(); i++) {
            ConferenceInput.DelegationInput d = delegations.get(i);
            Conference.Delegation delegation = new Conference.Delegation();
            delegation.province = member(c.cluster, c.year, d.provinceCode(), "delegations[" + i + "].provinceCode");
            if (!delegated.add(delegation.province.id)) {
                throw ApiException.unprocessable("delegations[" + i + "].provinceCode", delegation.province.label()
                        + " has one delegation");
            }
            delegation.position = i;
            delegation.headName = blankToNull(d.headName());
            delegation.headTitle = d.headTitle().strip();
            c.delegations.add(delegation);
        }
        List<ConferenceInput.PersonInput> representatives = orEmpty(input.centralRepresentatives());
        for (int i = 0; i < representatives.size(); i++) {
            Conference.Representative r = new Conference.Representative();
            r.position = i;
            r.name = blankToNull(representatives.get(i).name());
            r.title = representatives.get(i).title().strip();
            c.representatives.add(r);
        }
        List<ConferenceInput.AgendaItemInput> agenda = orEmpty(input.agenda());
        for (int i = 0; i < agenda.size(); i++) {
            c.agenda.add(agendaItem(c, i, agenda.get(i)));
        }
        List<String> tasks = orEmpty(input.tasks());
        for (int i = 0; i < tasks.size(); i++) {
            Conference.Task task = new Conference.Task();
            task.position = i;
            task.text = tasks.get(i).strip();
            c.tasks.add(task);
        }
        List<Long> reports = orEmpty(input.reportIds());
        for (int i = 0; i < reports.size(); i++) {
            Report report = Report.findById(reports.get(i));
            if (report == null || report.cluster.id != c.cluster.id.longValue() || report.year != c.year
                    || report.submittedAt == null) {
                // A draft of another province reads as unknown, as everywhere.
                throw ApiException.unprocessable("reportIds[" + i + "]", "no submitted report " + reports.get(i)
                        + " of cluster " + c.cluster.code + " for " + c.year);
            }
            c.reportsReviewed.add(report);
        }
        List<Long> nominations = orEmpty(input.nominationIds());
        for (int i = 0; i < nominations.size(); i++) {
            AwardRecommendation nomination = AwardRecommendation.findById(nominations.get(i));
            if (nomination == null || nomination.cluster.id != c.cluster.id.longValue() || nomination.year != c.year
                    || nomination.submittedAt == null) {
                throw ApiException.unprocessable("nominationIds[" + i + "]", "no submitted award recommendation "
                        + nominations.get(i) + " through cluster " + c.cluster.code + " for " + c.year);
            }
            c.nominationsVoted.add(nomination);
        }
    }

    private AgendaItem agendaItem(Conference c, int i, ConferenceInput.AgendaItemInput input) {
        String at = "agenda[" + i + "]";
        AgendaItem item = new AgendaItem();
        item.conference = c;
        item.position = i;
        item.kind = input.kind();
        item.title = input.title().strip();
        item.heldOn = input.heldOn();
        if (item.heldOn != null && (item.heldOn.isBefore(c.startsOn) || item.heldOn.isAfter(c.endsOn))) {
            throw ApiException.unprocessable(at + ".heldOn", "lies within the conference's days, " + c.startsOn
                    + " to " + c.endsOn);
        }
        if (item.kind == AgendaItemKind.PRESENTATION) {
            if (input.provinceCode() == null) {
                throw ApiException.unprocessable(at + ".provinceCode", "a presentation names the presenting member");
            }
            if (input.speakerTitle() == null || input.speakerTitle().isBlank()) {
                throw ApiException.unprocessable(at + ".speakerTitle", "a presentation names its speaker's title");
            }
            item.province = member(c.cluster, c.year, input.provinceCode(), at + ".provinceCode");
        } else if (input.provinceCode() != null) {
            item.province = provinces.unitDuring(input.provinceCode(), c.year, at + ".provinceCode");
        }
        item.speakerName = blankToNull(input.speakerName());
        item.speakerTitle = blankToNull(input.speakerTitle());
        List<Long> models = orEmpty(input.exemplaryModelIds());
        if (!models.isEmpty() && item.kind != AgendaItemKind.EXCHANGE && item.kind != AgendaItemKind.FIELD_VISIT) {
            throw ApiException.unprocessable(at + ".exemplaryModelIds", "exemplary models are met at an EXCHANGE or a "
                    + "FIELD_VISIT");
        }
        for (int j = 0; j < models.size(); j++) {
            ExemplaryModel model = ExemplaryModel.findById(models.get(j));
            if (model == null) {
                throw ApiException.unprocessable(at + ".exemplaryModelIds[" + j + "]", "no exemplary model has id "
                        + models.get(j) + "; GET /api/v1/exemplary-models lists them");
            }
            item.models.add(model);
        }
        return item;
    }

    /** The unit with this code in the year, a member of the cluster that year (422 on the field otherwise). */
    private Province member(Cluster cluster, int year, String code, String field) {
        Province province = provinces.unitDuring(code, year, field);
        if (memberships.roleOf(cluster, province, year).isEmpty()) {
            throw ApiException.unprocessable(field, province.label() + " is not a member of cluster " + cluster.code
                    + " in " + year);
        }
        return province;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
