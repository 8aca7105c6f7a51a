package vn.thidua.conference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.thidua.province.Province;

/** One item of a conference's agenda; exchanges and field visits name the exemplary models met. */
@Entity
@Table(name = "conference_agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    public Conference conference;

    public int position;

    @Enumerated(EnumType.STRING)
    public AgendaItemKind kind;

    public String title;

    public LocalDate heldOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    public Province province;

    public String speakerName;

    public String speakerTitle;

    @ManyToMany
    @JoinTable(name = "conference_agenda_model", joinColumns = @JoinColumn(name = "agenda_item_id"),
            inverseJoinColumns = @JoinColumn(name = "exemplary_model_id"))
    @OrderBy("id")
    public Set<ExemplaryModel> models = new LinkedHashSet<>();
}
