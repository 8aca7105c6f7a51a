package vn.thidua.award;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import vn.thidua.common.Table;

/** The list of award recommendations with its filters, every page of it, as a table (CSV or Excel). */
record RecommendationTable(Stream<AwardRecommendationView> recommendations) implements Table {

    @Override
    public List<String> tableHeader() {
        return List.of("Mã", "Cụm", "Năm", "Mã hình thức", "Hình thức khen thưởng", "Loại hình", "Đối tượng", "Tên",
                "Tỉnh của đối tượng", "Đơn vị công tác", "Chức vụ", "Lao động trực tiếp", "Tỉnh đề nghị", "Phong trào",
                "Thành tích", "Trạng thái", "Số quyết định", "Ngày quyết định", "Cấp quyết định", "Lý do", "Tạo lúc",
                "Cập nhật lúc");
    }

    @Override
    public Stream<List<?>> tableRows() {
        return recommendations.map(r -> Arrays.asList(r.id(), r.clusterCode(), r.year(), r.awardType().code(),
                r.awardType().name(), r.kind(), r.nomineeKind(), r.nomineeName(), r.nomineeProvince().name(),
                r.nomineeOrganisation(), r.nomineePosition(), r.directWorker() ? "Có" : "Không",
                r.proposingProvince().name(), r.movement() == null ? null : r.movement().name(), r.achievements(),
                r.status(), r.decision() == null ? null : r.decision().number(),
                r.decision() == null ? null : r.decision().date(), r.decision() == null ? null : r.decision().authority(),
                r.reason(), r.createdAt(), r.updatedAt()));
    }

    @Override
    public String tableName() {
        return "award-recommendations";
    }
}
