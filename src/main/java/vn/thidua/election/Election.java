package vn.thidua.election;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.cluster.Cluster;
import vn.thidua.province.Province;

/** The election (suy tôn) of a cluster's head and deputies for a year, at the previous year's year-end review. */
@Entity
public class Election extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    public Cluster cluster;

    /** The year the elected serve. */
    public int year;

    public LocalDate heldOn;

    public String place;

    public int membersPresent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "head_province_id")
    public Province head;

    public int headVotes;

    @ElementCollection
    @CollectionTable(name = "election_deputy", joinColumns = @JoinColumn(name = "election_id"))
    @OrderBy("position")
    public List<ElectedDeputy> deputies = new ArrayList<>();

    /** The conference that held the vote (a conference of the cluster about the year reviewed), if recorded. */
    public Long conferenceId;

    public String note;

    public OffsetDateTime createdAt;

    @Version
    public int version;
}
