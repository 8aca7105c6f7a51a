package vn.thidua.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.thidua.access.AccessPolicy;
import vn.thidua.common.ApiException;
import vn.thidua.dossier.DocumentKind;
import vn.thidua.dossier.DossierOwner;
import vn.thidua.dossier.OwnerKind;
import vn.thidua.dossier.OwnerRef;

/**
 * A conference's documents: read by all; changed by the officers of its cluster's head that year (or central staff)
 * while it exists. A change holds the conference's row (FOR SHARE) so that it is not deleted under a new document.
 */
@ApplicationScoped
class ConferenceDossier implements DossierOwner {

    private final AccessPolicy access;

    ConferenceDossier(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.CONFERENCE;
    }

    @Override
    public void requireReadable(OwnerRef owner) {
        conference(owner, LockModeType.NONE);
    }

    @Override
    public void requireWritable(OwnerRef owner, DocumentKind kind) {
        Conference c = conference(owner, LockModeType.PESSIMISTIC_READ);
        access.requireClusterLead(c.cluster, c.year, "change the documents of its conferences");
    }

    private static Conference conference(OwnerRef ref, LockModeType lock) {
        return Conference.<Conference>find("id = ?1 and cluster.code = ?2", ref.id(), ref.cluster()).withLock(lock)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Cluster " + ref.cluster() + " has no conference " + ref.id() + "."));
    }
}
