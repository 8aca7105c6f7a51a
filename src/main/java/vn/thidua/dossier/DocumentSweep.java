package vn.thidua.dossier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Finishes, in S3, what an instance that died in the middle of an upload or a deletion left behind: a temporary
 * object whose row was committed is promoted, one without a row is removed, a final object without a row
 * (its deletion's cleanup failed) is removed, and a multipart upload never completed is aborted; only objects
 * older than THIDUA_DOCUMENTS_S3_SWEEP_AFTER (default 6h), so that uploads in flight are left alone. Runs every
 * THIDUA_DOCUMENTS_S3_SWEEP_EVERY (default 15m) on each instance; two instances sweeping at once do the same
 * idempotent work.
 */
@ApplicationScoped
public class DocumentSweep {

    private static final Logger LOG = Logger.getLogger(DocumentSweep.class);

    /** What one sweep did. */
    public record Swept(int promoted, int removed, int aborted) {
    }

    private final DocumentStores stores;
    private final DocumentsConfig config;
    private final EntityManager em;

    DocumentSweep(DocumentStores stores, DocumentsConfig config, EntityManager em) {
        this.stores = stores;
        this.config = config;
        this.em = em;
    }

    @Scheduled(every = "${thidua.documents.s3.sweep-every}", delayed = "${thidua.documents.s3.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (stores.s3InUse()) {
            Swept swept = sweep(config.s3().sweepAfter());
            if (swept.promoted() + swept.removed() + swept.aborted() > 0) {
                LOG.infof("Document sweep: %d promoted, %d removed, %d unfinished uploads aborted", swept.promoted(),
                        swept.removed(), swept.aborted());
            }
        }
    }

    /** Sweeps the objects older than {@code age}. */
    public Swept sweep(Duration age) {
        S3DocumentStore s3 = stores.s3();
        Instant before = Instant.now().minus(age);
        int[] promoted = {0};
        int[] removed = {0};
        s3.listOlderThan(S3DocumentStore.TEMPORARY, before, refs -> {
            Set<String> recorded = recorded(refs);
            for (String ref : refs) {
                if (recorded.contains(ref)) {
                    s3.promote(ref);
                    promoted[0]++;
                } else {
                    s3.discard(ref);
                    removed[0]++;
                }
            }
        });
        s3.listOlderThan(S3DocumentStore.FINAL, before, refs -> {
            Set<String> recorded = recorded(refs);
            for (String ref : refs) {
                if (!recorded.contains(ref)) {
                    s3.remove(ref);
                    removed[0]++;
                }
            }
        });
        return new Swept(promoted[0], removed[0], s3.abortUnfinishedUploads(before));
    }

    /** Which of these references a version row names, read in a short transaction of its own. */
    private Set<String> recorded(List<String> refs) {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<String>(em.createQuery(
                        "select v.storageRef from DocumentVersion v where v.store = :store and v.storageRef in :refs", String.class)
                .setParameter("store", S3DocumentStore.NAME).setParameter("refs", refs).getResultList()));
    }
}
