package vn.thidua.award;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code thidua_award_recommendations{status}} for Prometheus: the award recommendations (đề nghị khen thưởng)
 * in each state, counted by the database (one {@code GROUP BY}, at most every {@code thidua.metrics.count-every}, 15 s by
 * default, whichever instance is scraped), so that a dashboard shows the national pipeline of a review season.
 */
@Startup
@ApplicationScoped
public class RecommendationMetrics {

    private static final Logger LOG = Logger.getLogger(RecommendationMetrics.class);

    private final AgroalDataSource database;
    private final long refreshNanos;
    private volatile Map<RecommendationStatus, Long> byState = Map.of();
    private volatile long countedAt;

    @ConfigMapping(prefix = "thidua.metrics")
    public interface Settings {
        /** How long the counts may be reused before the database is asked again. */
        @WithDefault("15s")
        Duration countEvery();
    }

    public RecommendationMetrics(MeterRegistry registry, AgroalDataSource database, Settings settings) {
        this.database = database;
        this.refreshNanos = settings.countEvery().toNanos();
        this.countedAt = System.nanoTime() - refreshNanos - 1;
        for (RecommendationStatus state : RecommendationStatus.values()) {
            Gauge.builder("thidua.award.recommendations", this, metrics -> metrics.count(state))
                    .description("Award recommendations in each state").tag("status", state.name()).register(registry);
        }
    }

    private double count(RecommendationStatus state) {
        if (System.nanoTime() - countedAt > refreshNanos) {
            refresh();
        }
        return byState.getOrDefault(state, 0L);
    }

    private synchronized void refresh() {
        if (System.nanoTime() - countedAt <= refreshNanos) {
            return;
        }
        Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT status, count(*) FROM award_recommendation GROUP BY status")) {
            while (rows.next()) {
                counts.put(RecommendationStatus.valueOf(rows.getString(1)), rows.getLong(2));
            }
            byState = counts;
        } catch (SQLException | IllegalArgumentException e) {
            // The gauges keep their last values; readiness reports the database.
            LOG.debugf("award recommendations not counted: %s", e.getMessage());
        }
        countedAt = System.nanoTime();
    }
}
