package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import vn.thidua.access.AccessPolicy;
import vn.thidua.common.ApiException;
import vn.thidua.common.CurrentUser;
import vn.thidua.common.Roles;
import vn.thidua.dossier.DocumentKind;
import vn.thidua.dossier.DossierOwner;
import vn.thidua.dossier.OwnerKind;
import vn.thidua.dossier.OwnerRef;

/**
 * A recommendation's dossier. Being written (DRAFT, RETURNED): its proposing province (or central staff). Before the
 * cluster (SUBMITTED, ENDORSED): the cluster's decision-makers add the vote minutes, certifications and other papers;
 * central staff any kind; the proposer's letter and report are changed by returning the recommendation. Otherwise
 * closed: a forwarded nomination's documents are what was decided on.
 */
@ApplicationScoped
class RecommendationDossier implements DossierOwner {

    private final AccessPolicy access;
    private final CurrentUser user;

    RecommendationDossier(AccessPolicy access, CurrentUser user) {
        this.access = access;
        this.user = user;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.AWARD_RECOMMENDATION;
    }

    @Override
    public void requireReadable(OwnerRef owner) {
        readable(owner.id());
    }

    @Override
    public void requireWritable(OwnerRef owner, DocumentKind kind) {
        AwardRecommendation r = readable(owner.id());
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

    private AwardRecommendation readable(long id) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("No award recommendation has id " + id + ".");
        AwardRecommendation r = AwardRecommendation.<AwardRecommendation>findByIdOptional(id).orElseThrow(notFound);
        access.requireVisible(r.proposingProvince, r.submittedAt != null, notFound);
        return r;
    }
}
