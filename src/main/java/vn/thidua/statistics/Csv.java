package vn.thidua.statistics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.thidua.indicator.Numbers;

/** Cells of the statistics' CSV tables. */
final class Csv {

    private Csv() {
    }

    static String number(BigDecimal value) {
        return value == null ? "" : Numbers.plain(value).toPlainString();
    }

    static List<String> member(ClusterSummaryView.MemberValue member) {
        return member == null ? Arrays.asList("", "", "")
                : List.of(member.provinceCode(), member.provinceName(), number(member.value()));
    }
}
