package vn.thidua.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.province.Province;

/** A province's seat in a cluster for one year, with its rotating role. */
@Entity
public class Membership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    public Cluster cluster;

    /**
     * Copy of the cluster's kind, kept by the database (ON UPDATE CASCADE), so that a unique index can
     * allow one cluster of provinces per province and year.
     */
    @Enumerated(EnumType.STRING)
    public ClusterKind clusterKind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    public Province province;

    public int year;

    @Enumerated(EnumType.STRING)
    public MembershipRole role;

    @Version
    public int version;
}
