package vn.thidua.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import vn.thidua.common.CurrentUser;

/** One step in a report's history: who did what, when, with which note. Written once, never changed. */
@Entity
public class ReportAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    @Enumerated(EnumType.STRING)
    public ReportActionKind action;

    @Enumerated(EnumType.STRING)
    public ReportStatus statusAfter;

    public String actorSubject;

    public String actorRole;

    public String actorProvince;

    public OffsetDateTime at;

    public String note;

    static void record(Report report, ReportActionKind action, CurrentUser.Actor actor, String note) {
        ReportAction entry = new ReportAction();
        entry.report = report;
        entry.action = action;
        entry.statusAfter = report.status;
        entry.actorSubject = actor.subject();
        entry.actorRole = actor.role();
        entry.actorProvince = actor.provinceCode();
        entry.at = report.updatedAt;
        entry.note = note;
        entry.persist();
    }
}
