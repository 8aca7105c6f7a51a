package vn.thidua.covenant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.thidua.province.Province;

/** Who signed the covenant for a member: name and title (e.g. a Vice-Chair of the provincial People's Committee). */
@Embeddable
public class CovenantSignatory {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    public Province province;

    public String name;

    public String title;
}
