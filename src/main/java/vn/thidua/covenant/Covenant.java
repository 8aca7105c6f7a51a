package vn.thidua.covenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.cluster.Cluster;
import vn.thidua.province.Province;

/** A cluster's emulation covenant (giao ước thi đua) for a year: drafted, signed by every member, then amended only. */
@Entity
public class Covenant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    public Cluster cluster;

    public int year;

    public String title;

    @Enumerated(EnumType.STRING)
    public CovenantStatus status;

    /** The revision of the items in force: 0 as drafted and signed, one more with each amendment. */
    public int revision;

    public LocalDate signedOn;

    public String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_province_id")
    public Province hostProvince;

    @ElementCollection
    @CollectionTable(name = "covenant_signatory", joinColumns = @JoinColumn(name = "covenant_id"))
    public List<CovenantSignatory> signatories = new ArrayList<>();

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
