package vn.thidua.workflow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import vn.thidua.common.CurrentUser;

/**
 * One step of an item's history, the same for every workflow: who (subject, role, province), when, with which
 * note. The item, the action and the states before and after are typed by each workflow's own step entity.
 * Written once, never changed.
 */
@MappedSuperclass
public abstract class Step extends PanacheEntityBase {

    /** The length of the note columns: a caller's note (at most 2,000) and what the service appends (a vote's tally). */
    public static final int NOTE_LENGTH = 2200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String actorSubject;

    public String actorRole;

    public String actorProvinceCode;

    public OffsetDateTime at;

    public String note;

    /** Fills who, when and the note, and writes the step. */
    protected void recordBy(CurrentUser.Actor actor, OffsetDateTime at, String note) {
        this.actorSubject = actor.subject();
        this.actorRole = actor.role();
        this.actorProvinceCode = actor.provinceCode();
        this.at = at;
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > NOTE_LENGTH) {
            // The caller's part is validated (2,000); what the service adds must fit in the rest.
            throw new IllegalStateException("step note of " + this.note.length() + " characters");
        }
        persist();
    }
}
