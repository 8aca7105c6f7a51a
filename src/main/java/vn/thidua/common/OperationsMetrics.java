package vn.thidua.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The workflow's metrics for Prometheus ({@code /q/metrics}), beside the HTTP ones:
 * <ul>
 * <li>{@code thidua_changes_total{entity,action}}: committed changes by kind, as the audit trail records them
 * (e.g. {@code entity="report",action="submit"} counts the reports submitted);</li>
 * <li>{@code thidua_award_recommendations{status}}: see {@link vn.thidua.award.RecommendationMetrics};</li>
 * <li>{@code thidua_idempotent_replays_total}: creations answered from an earlier request's Idempotency-Key;</li>
 * <li>{@code thidua_authorization_rejected_total{status}}: requests refused 401 (no or invalid token) or 403.</li>
 * </ul>
 */
@ApplicationScoped
public class OperationsMetrics {


    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;
    private final Counter replays;

    public OperationsMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
        this.replays = Counter.builder("thidua.idempotent.replays")
                .description("Creations answered from an earlier request with the same Idempotency-Key").register(registry);
    }

    /** Counts a change of the current transaction once it commits (a rolled-back change did not happen). */
    public void changed(String entity, String action) {
        Counter counter = Counter.builder("thidua.changes").description("Committed changes, by entity and action")
                .tag("entity", entity).tag("action", action).register(registry);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }

    public void replayed() {
        replays.increment();
    }

    public void rejected(int status) {
        Counter.builder("thidua.authorization.rejected").description("Requests refused for want of a valid token (401) or of a right (403)")
                .tag("status", String.valueOf(status)).register(registry).increment();
    }
}
