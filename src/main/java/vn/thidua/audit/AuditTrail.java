package vn.thidua.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Parameters;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.thidua.common.CurrentUser;
import vn.thidua.common.OperationsMetrics;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;

/**
 * Appends who changed what, when, with the state before and after (as the API shows it), in the
 * transaction of the change itself: a change and its audit event commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

    private final CurrentUser user;
    private final ObjectMapper json;
    private final OperationsMetrics metrics;

    public AuditTrail(CurrentUser user, ObjectMapper json, OperationsMetrics metrics) {
        this.user = user;
        this.json = json;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, Object entityId, String action, Object before, Object after) {
        CurrentUser.Actor actor = user.actor();
        AuditEvent event = new AuditEvent();
        event.actorSubject = actor.subject();
        event.actorRole = actor.role();
        event.actorProvince = actor.provinceCode();
        event.entity = entity;
        event.entityId = String.valueOf(entityId);
        event.action = action;
        event.before = toJson(before);
        event.after = toJson(after);
        event.persist();
        metrics.changed(entity, action);
    }

    public PageView<AuditEventView> search(String entity, String entityId, String actor, OffsetDateTime from,
                                           OffsetDateTime to, PageRequest page) {
        StringBuilder where = new StringBuilder("from AuditEvent where 1 = 1");
        Parameters params = new Parameters();
        if (entity != null) {
            where.append(" and entity = :entity");
            params.and("entity", entity);
        }
        if (entityId != null) {
            where.append(" and entityId = :entityId");
            params.and("entityId", entityId);
        }
        if (actor != null) {
            where.append(" and actorSubject = :actor");
            params.and("actor", actor);
        }
        if (from != null) {
            where.append(" and at >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and at < :to");
            params.and("to", to);
        }
        return PageView.of(AuditEvent.class, where.toString(), "id desc", params, page,
                rows -> rows.stream().map(AuditEventView::of).toList());
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state not serialisable", e);
        }
    }
}
