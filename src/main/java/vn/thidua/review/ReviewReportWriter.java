package vn.thidua.review;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.award.AwardStatisticsView;
import vn.thidua.document.BarChart;
import vn.thidua.document.ChartRenderer;
import vn.thidua.document.DocumentTypes;
import vn.thidua.document.Docx;
import vn.thidua.document.Docx.Text;
import vn.thidua.document.Vietnamese;
import vn.thidua.indicator.Aggregation;
import vn.thidua.province.ProvinceType;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.ReportView;
import vn.thidua.statistics.ClusterSummaryView;
import vn.thidua.statistics.ClusterSummaryView.IndicatorSummary;
import vn.thidua.statistics.RankingView;

/**
 * Lays out the {@link ReviewReport} as an editable Word draft in Vietnamese, in the form of Decree 30/2020/NĐ-CP:
 * header with the issuing body and the national motto, number and place-date left blank for the office to fill,
 * title, body (indicators with a table and charts, movements, award work, limitations, tasks), recipients and
 * the head province's signature block. Exemplary models and conferences are not in the service's data, so the
 * draft leaves them to the office.
 */
@Provider
@Produces(DocumentTypes.DOCX)
public class ReviewReportWriter implements MessageBodyWriter<ReviewReport> {

    static final String BUDGET_REVENUE = "BUDGET_REVENUE";
    /** The new-rural-area levels charted together (the first gives the order of the provinces), with their names. */
    static final List<Map.Entry<String, String>> NTM_LEVELS = List.of(
            Map.entry("NTM_COMMUNES", "Đạt chuẩn nông thôn mới"),
            Map.entry("NTM_ADVANCED_COMMUNES", "Nông thôn mới nâng cao"),
            Map.entry("NTM_MODEL_COMMUNES", "Nông thôn mới kiểu mẫu"));
    /** Indicators per table of members' figures, so that the table fits an A4 page upright. */
    private static final int INDICATORS_PER_TABLE = 4;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ReviewReport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(ReviewReport report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + report.fileName() + ".docx\"");
        Docx docx = new Docx();
        ClusterSummaryView summary = report.summary();
        String issuer = report.headProvince() == null ? null
                : "UBND " + (report.headType() == ProvinceType.CITY ? "thành phố " : "tỉnh ") + report.headProvince();
        String period = Vietnamese.period(summary.period());

        List<Text> left = new ArrayList<>();
        left.add(new Text(upper(summary.clusterName()), false, false, 12));
        if (issuer != null) {
            left.add(new Text(upper(issuer), true, false, 12));
        }
        left.add(Text.plain("――――――").sized(12));
        left.add(Text.plain("Số:        /BC-CTĐ").sized(13));
        int issueYear = report.midYear() ? report.year() : report.year() + 1;
        docx.header(left, List.of(
                new Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12),
                Text.bold("Độc lập - Tự do - Hạnh phúc"),
                Text.plain("――――――――――――――").sized(12),
                Text.italic((report.headProvince() == null ? "……………" : report.headProvince())
                        + ", ngày      tháng      năm " + issueYear)));

        docx.centred();
        docx.centred(Text.bold("BÁO CÁO").sized(14));
        docx.centred(Text.bold((report.midYear() ? "Sơ kết" : "Tổng kết") + " công tác thi đua, khen thưởng " + period));
        docx.centred(Text.bold("của " + summary.clusterName()));
        docx.centred(Text.plain("――――――――").sized(12));

        String counted = summary.countedStatuses().contains(ReportStatus.SUBMITTED)
                ? "đã gửi (kể cả báo cáo chưa được chấp nhận)" : "đã được chấp nhận";
        docx.body(Text.plain("Thực hiện Quy định về hoạt động và bình xét thi đua của Cụm, "
                + (issuer == null ? "Cụm trưởng" : issuer + " (Cụm trưởng năm " + report.year() + ")")
                + " tổng hợp kết quả công tác thi đua, khen thưởng " + period + " của các tỉnh trong Cụm từ báo cáo "
                + counted + " của " + report.reports().size() + "/" + summary.members().expected()
                + " tỉnh thành viên, như sau:"));
        missing(docx, summary);

        docx.heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI");
        docx.heading("1. Kết quả chung của Cụm");
        summary.indicators().stream().filter(line -> line.value() != null)
                .forEach(line -> docx.body(Text.plain("- " + totalSentence(line, summary.members().expected()) + ";")));
        docx.heading("2. Số liệu của các tỉnh thành viên");
        membersTables(docx, report);
        charts(docx, report, period);

        docx.heading("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA");
        if (report.movements().isEmpty()) {
            docx.body(Text.italic("Chưa có phong trào thi đua nào của năm " + report.year() + " trong danh mục."));
        } else {
            docx.body(Text.plain("Các tỉnh trong Cụm tiếp tục tổ chức thực hiện các phong trào thi đua:"));
            report.movements().forEach(m -> docx.body(Text.plain("- \"" + m.name() + "\"" + years(m.startYear(), m.endYear()) + ";")));
        }
        narratives(docx, report, ReportView::movementResults, "Chưa có tỉnh nêu kết quả phong trào trong báo cáo.");

        docx.heading("III. CÔNG TÁC KHEN THƯỞNG");
        awards(docx, report);
        narratives(docx, report, ReportView::commendationWork, null);
        docx.body(Text.italic("(Việc nhân rộng điển hình tiên tiến và các hội nghị, hội thảo của Cụm: Cụm trưởng bổ sung.)"));

        docx.heading("IV. HẠN CHẾ");
        narratives(docx, report, ReportView::limitations, "Chưa có tỉnh nêu hạn chế trong báo cáo.");

        docx.heading("V. NHIỆM VỤ TRỌNG TÂM " + (report.midYear() ? "6 THÁNG CUỐI NĂM " + report.year()
                : "NĂM " + (report.year() + 1)));
        narratives(docx, report, ReportView::nextTasks, "Chưa có tỉnh nêu nhiệm vụ kỳ tới trong báo cáo.");

        docx.body(Text.plain("Trên đây là báo cáo " + (report.midYear() ? "sơ kết" : "tổng kết")
                + " công tác thi đua, khen thưởng " + period + " của " + summary.clusterName() + "./."));
        List<Text> signature = new ArrayList<>(List.of(Text.bold("CỤM TRƯỞNG")));
        if (issuer != null) {
            signature.add(Text.bold(upper(issuer)));
        }
        signature.addAll(List.of(Text.italic("(Ký, ghi rõ họ tên, đóng dấu)").sized(12), Text.plain(""), Text.plain(""),
                Text.plain("")));
        docx.closing(List.of(new Text("Nơi nhận:", true, true, 12),
                Text.plain("- Ban Thi đua - Khen thưởng Trung ương;").sized(11),
                Text.plain("- Các tỉnh thành viên Cụm;").sized(11),
                Text.plain("- Lưu: VT.").sized(11)), signature);
        docx.write(out);
    }

    private static void missing(Docx docx, ClusterSummaryView summary) {
        if (summary.missingMembers().isEmpty()) {
            docx.body(Text.italic("Tất cả " + summary.members().expected() + "/" + summary.members().expected()
                    + " tỉnh thành viên đã có báo cáo được tính."));
            return;
        }
        docx.body(Text.bold("Chưa có số liệu của: "), Text.italic(summary.missingMembers().stream()
                .map(m -> m.provinceName() + " (" + state(m.reportStatus()) + ")")
                .collect(Collectors.joining("; ")) + "."));
    }

    private static String state(ReportStatus status) {
        if (status == null) {
            return "chưa có báo cáo";
        }
        return switch (status) {
            case DRAFT -> "báo cáo đang soạn";
            case SUBMITTED -> "báo cáo đã gửi, chờ chấp nhận";
            case RETURNED -> "báo cáo bị trả lại";
            case ACCEPTED -> "báo cáo đã được chấp nhận";
        };
    }

    /** In the review's words: "Tổng thu ngân sách ... của các tỉnh trong Cụm đạt 116.318 tỷ đồng". */
    static String totalSentence(IndicatorSummary line, long expected) {
        String name = line.nameVi();
        String sentence;
        if (line.aggregation() == Aggregation.SUM) {
            sentence = (name.startsWith("Tổng") ? name : "Tổng " + lowerFirst(name)) + " của các tỉnh trong Cụm đạt "
                    + Vietnamese.amount(line.value(), line.unit());
        } else {
            sentence = name + (line.aggregation() == Aggregation.WEIGHTED_AVERAGE ? " bình quân (theo quy mô)" : " bình quân")
                    + " của các tỉnh trong Cụm là " + Vietnamese.amount(line.value(), line.unit());
        }
        if (line.maximum() != null && line.minimum() != null && line.reportCount() > 1) {
            sentence += "; " + "cao nhất là " + line.maximum().provinceName()
                    + " (" + Vietnamese.amount(line.maximum().value(), line.unit()) + "), thấp nhất là "
                    + line.minimum().provinceName() + " (" + Vietnamese.amount(line.minimum().value(), line.unit()) + ")";
        }
        if (line.reportCount() < expected) {
            sentence += " (theo báo cáo của " + line.reportCount() + "/" + expected + " tỉnh)";
        }
        return sentence;
    }

    /** The members' value of each indicator with their rank in brackets, a few indicators per table, then the cluster's. */
    private static void membersTables(Docx docx, ReviewReport report) {
        if (report.rankings().isEmpty()) {
            docx.body(Text.italic("Chưa có báo cáo nào được tính."));
            return;
        }
        Map<String, String> members = new TreeMap<>();
        report.rankings().forEach(r -> r.entries().forEach(e -> members.put(e.provinceCode(), e.provinceName())));
        Map<String, IndicatorSummary> lines = report.summary().indicators().stream()
                .collect(Collectors.toMap(IndicatorSummary::indicatorCode, Function.identity()));
        docx.body(Text.italic("(Số trong ngoặc là thứ hạng của tỉnh trong Cụm theo chỉ tiêu; chỉ tiêu thấp hơn là tốt hơn, "
                + "như tỷ lệ hộ nghèo, xếp từ thấp đến cao.)").sized(12));
        List<RankingView> rankings = report.rankings();
        for (int from = 0; from < rankings.size(); from += INDICATORS_PER_TABLE) {
            List<RankingView> part = rankings.subList(from, Math.min(rankings.size(), from + INDICATORS_PER_TABLE));
            List<String> header = new ArrayList<>(List.of("TT", "Tỉnh"));
            part.forEach(r -> header.add(r.indicatorName() + " (" + r.unit() + ")"));
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (Map.Entry<String, String> member : members.entrySet()) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(number++), member.getValue()));
                for (RankingView ranking : part) {
                    row.add(ranking.entries().stream().filter(e -> e.provinceCode().equals(member.getKey())).findFirst()
                            .map(e -> Vietnamese.number(e.value()) + " (" + e.rank() + ")").orElse(""));
                }
                rows.add(row);
            }
            List<String> total = new ArrayList<>(List.of("", "Toàn Cụm"));
            part.forEach(r -> total.add(Optional.ofNullable(lines.get(r.indicatorCode()))
                    .map(IndicatorSummary::value).map(Vietnamese::number).orElse("")));
            rows.add(total);
            int[] weights = new int[header.size()];
            Arrays.fill(weights, 6);
            weights[0] = 2;
            weights[1] = 5;
            docx.table(header, rows, 10, weights);
        }
    }

    private static void charts(Docx docx, ReviewReport report, String period) {
        Map<String, RankingView> byIndicator = report.rankings().stream()
                .collect(Collectors.toMap(RankingView::indicatorCode, Function.identity()));
        int number = 1;
        RankingView budget = byIndicator.get(BUDGET_REVENUE);
        if (budget != null) {
            BarChart chart = budget.chart();
            docx.picture(ChartRenderer.png(chart), ChartRenderer.WIDTH, ChartRenderer.height(chart), chart.fileName() + ".png",
                    "Biểu đồ " + number++ + ". " + budget.indicatorName() + " của các tỉnh, " + period
                            + " (" + budget.unit() + ")");
        }
        RankingView communes = byIndicator.get(NTM_LEVELS.get(0).getKey());
        if (communes != null) {
            List<String> order = communes.entries().stream().map(RankingView.Entry::provinceCode).toList();
            List<BarChart.Series> series = new ArrayList<>();
            NTM_LEVELS.forEach(level -> {
                Map<String, BigDecimal> values = Optional.ofNullable(byIndicator.get(level.getKey())).map(r -> r.entries().stream()
                        .collect(Collectors.toMap(RankingView.Entry::provinceCode, RankingView.Entry::value))).orElse(Map.of());
                series.add(new BarChart.Series(level.getValue(), order.stream().map(values::get).toList()));
            });
            BarChart chart = new BarChart("Số xã đạt chuẩn nông thôn mới theo mức độ, " + period, communes.unit(),
                    communes.entries().stream().map(RankingView.Entry::provinceName).toList(), series,
                    report.summary().clusterCode() + "-" + report.summary().period() + "-ntm");
            docx.picture(ChartRenderer.png(chart), ChartRenderer.WIDTH, ChartRenderer.height(chart), chart.fileName() + ".png",
                    "Biểu đồ " + number + ". Số xã đạt chuẩn nông thôn mới, nâng cao, kiểu mẫu của các tỉnh, " + period);
        }
    }

    private static void awards(Docx docx, ReviewReport report) {
        AwardStatisticsView.Totals totals = report.awards().totals();
        AwardStatisticsView.Counts all = totals.recommendations();
        AwardStatisticsView.Counts granted = totals.awards();
        docx.body(Text.plain("Năm " + report.year() + ", các tỉnh trong Cụm có " + all.count()
                + " đề nghị khen thưởng qua Cụm, trong đó " + all.adHoc() + " đề nghị khen thưởng đột xuất; "
                + all.individuals() + " đề nghị cho cá nhân, trong đó " + all.directWorkers()
                + " người lao động trực tiếp" + share(all) + ". Đã có quyết định khen thưởng " + granted.count()
                + " trường hợp (" + granted.adHoc() + " khen thưởng đột xuất; " + granted.directWorkers()
                + " người lao động trực tiếp" + share(granted) + ")."));
        List<AwardStatisticsView.Row> rows = report.awards().rows().stream()
                .sorted(Comparator.comparing(AwardStatisticsView.Row::count).reversed()).toList();
        if (!rows.isEmpty()) {
            List<List<String>> cells = new ArrayList<>();
            int number = 1;
            for (AwardStatisticsView.Row row : rows) {
                cells.add(List.of(String.valueOf(number++), row.awardTypeName(), Vietnamese.number(BigDecimal.valueOf(row.count()))));
            }
            docx.table(List.of("TT", "Hình thức khen thưởng", "Số đề nghị"), cells, 11, 2, 14, 5);
        }
    }

    private static String share(AwardStatisticsView.Counts counts) {
        return counts.directWorkerShare() == null ? ""
                : ", chiếm " + Vietnamese.amount(counts.directWorkerShare().movePointRight(2), "%") + " số cá nhân";
    }

    /** Each counted report's text of one part, by province; or a note when none says anything. */
    private static void narratives(Docx docx, ReviewReport report, Function<ReportView, String> part, String none) {
        List<ReportView> saying = report.reports().stream()
                .filter(r -> part.apply(r) != null && !part.apply(r).isBlank())
                .sorted(Comparator.comparing(r -> r.province().code())).toList();
        if (saying.isEmpty() && none != null) {
            docx.body(Text.italic(none));
        }
        saying.forEach(r -> docx.body(Text.bold("- " + r.province().name() + ": "), Text.plain(part.apply(r).strip())));
    }

    private static String years(Integer start, Integer end) {
        if (start == null && end == null) {
            return "";
        }
        return " (" + (start == null ? "" : start) + "–" + (end == null ? "" : end) + ")";
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
    }
}
