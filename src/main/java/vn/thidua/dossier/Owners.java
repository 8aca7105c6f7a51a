package vn.thidua.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.function.Supplier;
import vn.thidua.access.AccessPolicy;
import vn.thidua.award.AwardRecommendation;
import vn.thidua.common.ApiException;
import vn.thidua.common.CurrentUser;
import vn.thidua.common.Roles;
import vn.thidua.conference.Conference;
import vn.thidua.report.Report;
import vn.thidua.report.ReportStatus;

/**
 * The owners of dossiers as the access policy sees them: who may read a dossier (whoever may read its
 * owner: another province's never-submitted work does not exist for them) and who may change it when.
 * <ul>
 * <li>A recommendation being written (DRAFT, RETURNED): its proposing province (or central staff).</li>
 * <li>A recommendation before the cluster (SUBMITTED, ENDORSED): the cluster's decision-makers add the vote
 * minutes, certifications and other papers; central staff any kind. The proposer's letter and report are
 * changed by returning the recommendation.</li>
 * <li>A report being written (DRAFT, RETURNED): its province (or central staff).</li>
 * <li>A conference (read by all): the officers of its cluster's head that year (or central staff), while it exists;
 * a write holds the conference's row (FOR SHARE) so that it is not deleted under a new document.</li>
 * <li>Otherwise the dossier is closed (409): a forwarded nomination's documents are what was decided on.</li>
 * </ul>
 */
@ApplicationScoped
class Owners {

    private final AccessPolicy access;
    private final CurrentUser user;

    Owners(AccessPolicy access, CurrentUser user) {
        this.access = access;
        this.user = user;
    }

    /** The owner's id if the caller may read it; an owner they may not read is answered as unknown (404). */
    void requireReadable(OwnerRef ref) {
        switch (ref.kind()) {
            case AWARD_RECOMMENDATION -> recommendation(ref.id());
            case REPORT -> report(ref.id());
            case CONFERENCE -> conference(ref, LockModeType.NONE);
        }
    }

    /** Refuses a change of this kind of document in the owner's dossier unless the caller may make it now. */
    void requireWritable(OwnerRef ref, DocumentKind kind) {
        switch (ref.kind()) {
            case AWARD_RECOMMENDATION -> {
                AwardRecommendation r = recommendation(ref.id());
                switch (r.status) {
                    case DRAFT, RETURNED -> access.requireOwner(r.proposingProvince, "change the dossier of this recommendation");
                    case SUBMITTED, ENDORSED -> {
                        access.requireClusterDecision(r.cluster, r.year, r.proposingProvince,
                                "add the cluster's documents to the dossier of this recommendation");
                        if (!kind.clusters() && !user.has(Roles.CENTRAL)) {
                            throw ApiException.notAllowedNow("Award recommendation " + r.id + " is " + r.status
                                    + ": the cluster adds VOTE_MINUTES, CERTIFICATION and OTHER documents now; a " + kind
                                    + " is changed by the proposer after the recommendation is returned.", r.status.allowedActions());
                        }
                    }
                    default -> throw ApiException.notAllowedNow("The dossier of award recommendation " + r.id + " is closed: it is "
                            + r.status + ". Documents change while it is DRAFT or RETURNED (the proposer) or SUBMITTED or "
                            + "ENDORSED (the cluster).", r.status.allowedActions());
                }
            }
            case REPORT -> {
                Report r = report(ref.id());
                if (r.status != ReportStatus.DRAFT && r.status != ReportStatus.RETURNED) {
                    throw ApiException.notAllowedNow("The dossier of report " + r.id + " is closed: it is " + r.status
                            + ". Documents change while it is DRAFT or RETURNED.", List.of());
                }
                access.requireOwner(r.province, "change the dossier of this report");
            }
            case CONFERENCE -> {
                Conference c = conference(ref, LockModeType.PESSIMISTIC_READ);
                access.requireClusterLead(c.cluster, c.year, "change the documents of its conferences");
            }
        }
    }

    private static Conference conference(OwnerRef ref, LockModeType lock) {
        return Conference.<Conference>find("id = ?1 and cluster.code = ?2", ref.id(), ref.cluster()).withLock(lock)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Cluster " + ref.cluster() + " has no conference " + ref.id() + "."));
    }

    private AwardRecommendation recommendation(long id) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("No award recommendation has id " + id + ".");
        AwardRecommendation r = AwardRecommendation.<AwardRecommendation>findByIdOptional(id).orElseThrow(notFound);
        access.requireVisible(r.proposingProvince, r.submittedAt != null, notFound);
        return r;
    }

    private Report report(long id) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("No report has id " + id + ".");
        Report r = Report.<Report>findByIdOptional(id).orElseThrow(notFound);
        access.requireVisible(r.province, r.submittedAt != null, notFound);
        return r;
    }
}
