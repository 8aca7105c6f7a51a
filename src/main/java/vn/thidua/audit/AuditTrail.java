package vn.thidua.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.thidua.common.CurrentUser;
import vn.thidua.common.Filters;
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
        Filters filters = new Filters()
                .and("entity = :entity", "entity", entity)
                .and("entityId = :entityId", "entityId", entityId)
                .and("actorSubject = :actor", "actor", actor)
                .and("at >= :from", "from", from)
                .and("at < :to", "to", to);
        return PageView.of(AuditEvent.class, filters.from("from AuditEvent"), "id desc", filters.parameters(), page,
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
