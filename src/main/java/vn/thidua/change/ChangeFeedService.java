package vn.thidua.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thidua.access.AccessPolicy;
import vn.thidua.common.ApiException;

/**
 * The change feed of reports, award recommendations and scorecards, of the cluster's covenants, elections, conferences
 * and scoring schemes, and of exemplary models (written by triggers, see V6__change_feed.sql,
 * V21__cluster_year_in_change_feed.sql and V29__schemes_and_exemplary_models_in_change_feed.sql).
 *
 * <p>Gap-free reading: an event is handed out only when its transaction is older than every
 * transaction still running ({@code txid < pg_snapshot_xmin(pg_current_snapshot())}, evaluated in the
 * same statement, so with the snapshot the rows are read with). Any event that commits later belongs
 * to a transaction that was still running, hence has a larger txid, and sorts after every cursor
 * already handed out. The price: a long transaction anywhere on the database server delays the feed
 * (not the data) until it ends.
 */
@ApplicationScoped
public class ChangeFeedService {

    static final String REPORT = "report";
    static final String RECOMMENDATION = "award-recommendation";
    static final String SCORECARD = "scorecard";
    static final String COVENANT = "covenant";
    static final String ELECTION = "election";
    static final String CONFERENCE = "conference";
    static final String SCORING_SCHEME = "scoring-scheme";
    static final String EXEMPLARY_MODEL = "exemplary-model";
    public static final int MAX_LIMIT = 1000;

    private static final String READ = """
            SELECT CAST(e.txid AS text), e.id, e.entity, e.entity_id, e.action, e.status, c.code, p.code, e.year, e.at
              FROM change_event e
              LEFT JOIN cluster c ON c.id = e.cluster_id
              LEFT JOIN province p ON p.id = e.province_id
             WHERE (e.txid, e.id) > (CAST(:txid AS xid8), :id)
               AND e.txid < pg_snapshot_xmin(pg_current_snapshot())
               %s
             ORDER BY e.txid, e.id
             LIMIT :limit""";

    /**
     * What a province officer reads elsewhere: the items of the units they act for, and other provinces'
     * events once the item had been submitted (an item withdrawn before submission never shows).
     */
    private static final String PROVINCE_SCOPE = "AND (e.submitted OR e.province_id IN (:own))";

    private final EntityManager em;
    private final AccessPolicy access;

    public ChangeFeedService(EntityManager em, AccessPolicy access) {
        this.em = em;
        this.access = access;
    }

    @Transactional
    public ChangeFeedView after(String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        FeedPosition from = FeedPosition.of(cursor);
        Optional<Set<Long>> ownDraftsOnly = access.unsubmittedWorkVisibleOnlyOf();
        Query query = em.createNativeQuery(READ.formatted(ownDraftsOnly.isPresent() ? PROVINCE_SCOPE : ""))
                .setParameter("txid", Long.toString(from.txid()))
                .setParameter("id", from.id())
                .setParameter("limit", limit);
        ownDraftsOnly.ifPresent(own -> query.setParameter("own", own));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ChangeView> items = rows.stream().map(ChangeFeedService::view).toList();
        return new ChangeFeedView(items, items.isEmpty() ? from.cursor() : items.get(items.size() - 1).cursor());
    }

    private static ChangeView view(Object[] row) {
        FeedPosition position = new FeedPosition(Long.parseLong((String) row[0]), ((Number) row[1]).longValue());
        String entity = (String) row[2];
        long id = ((Number) row[3]).longValue();
        String cluster = (String) row[6];
        int year = ((Number) row[8]).intValue();
        String href = switch (entity) {
            case REPORT -> "/api/v1/reports/" + id;
            case SCORECARD -> "/api/v1/scorecards/" + id;
            case COVENANT -> "/api/v1/clusters/" + cluster + "/covenants/" + year;
            case ELECTION -> "/api/v1/clusters/" + cluster + "/elections/" + year;
            case CONFERENCE -> "/api/v1/clusters/" + cluster + "/conferences/" + id;
            case SCORING_SCHEME -> "/api/v1/clusters/" + cluster + "/scoring-schemes/" + year;
            case EXEMPLARY_MODEL -> "/api/v1/exemplary-models/" + id;
            default -> "/api/v1/award-recommendations/" + id;
        };
        return new ChangeView(position.cursor(), entity, id, (String) row[4], (String) row[5], cluster,
                (String) row[7], year, instant(row[9]), href);
    }

    private static OffsetDateTime instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        Instant instant = value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
        return instant.atOffset(ZoneOffset.UTC);
    }
}
