package vn.thidua.election;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.thidua.province.Province;

/** A deputy (cụm phó) elected, with the votes for it. */
@Embeddable
public class ElectedDeputy {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    public Province province;

    public int votes;

    public int position;
}
