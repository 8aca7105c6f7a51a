package vn.thidua.province;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
import java.util.List;
import java.util.Optional;

/**
 * A provincial-level unit (tỉnh / thành phố trực thuộc trung ương) for the period it existed.
 * Its code is reused over time, so it is stored by id and read by code "as of" a date.
 */
@Entity
public class Province extends PanacheEntityBase {

    /** Valid on a date: open ends mean "since the 2004 code list" and "still today". */
    static final String VALID_ON = "(validFrom is null or validFrom <= ?1) and (validTo is null or validTo >= ?1)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    public String fullName;

    @Enumerated(EnumType.STRING)
    public ProvinceType type;

    public LocalDate validFrom;

    public LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    public Province successor;

    /** Name and full name folded by the database (fold_vietnamese), for searching without diacritics. */
    @Column(insertable = false, updatable = false)
    String searchText;

    @Version
    public int version;

    public static Optional<Province> findValidOn(String code, LocalDate date) {
        return find("code = ?2 and " + VALID_ON, date, code).firstResultOptional();
    }

    /** The units that ever had this code, oldest first: used to explain a code that is not valid. */
    public static List<Province> findAllWithCode(String code) {
        return list("code = ?1 order by validFrom nulls first", code);
    }

    /** Whether the unit existed on at least one day of the year. */
    public boolean validDuring(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
    }

    public String label() {
        return fullName + " (" + code + ")";
    }
}
