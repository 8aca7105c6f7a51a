package vn.thidua.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.CsvWriter;
import vn.thidua.common.Roles;
import vn.thidua.document.DocumentTypes;

/** A province's indicators over the years: a sub-resource of the province, answered by the statistics feature. */
@Path("/api/v1/provinces/{code}/indicators")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ProvinceIndicatorsResource {

    private final StatisticsService statistics;

    public ProvinceIndicatorsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(operationId = "getProvinceIndicatorSeries", summary = "A province's indicators over the years, in today's map",
            description = "For the unit with this code on `asOf` (default today): per period (H1 and FY of each year from "
                    + "`from` to `to`) and indicator, its value made of what it and the units it took over reported, "
                    + "regrouped by the database, so that a series across the 2025 merger compares like with like: "
                    + "today's Ninh Bình (37) in 2023 is Ninh Bình + Nam Định + Hà Nam. Sums add up; GRDP-weighted "
                    + "averages are recomputed from the units' values and weights; plain averages list the units they "
                    + "cover; LIST indicators (PAR Index, PCI, PAPI, SIPAS) are never combined. Each value names the units "
                    + "it is made of and whether one is missing. Only accepted reports to clusters of provinces count "
                    + "(`include=SUBMITTED` adds submitted ones). `Accept: text/csv` answers CSV (UTF-8 with a byte order "
                    + "mark), `Accept: " + DocumentTypes.XLSX + "` an Excel workbook of the same rows (typed cells). Each unit has at most one successor, so no unit's figures are split between two.")
    @APIResponse(responseCode = "200", description = "The series.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceIndicatorSeriesView.class),
                    examples = @ExampleObject(name = "Ninh Bình's budget revenue, first half of 2023", value = """
                            {"provinceCode": "37", "provinceName": "Ninh Bình", "asOf": "2026-12-01", "from": 2023, "to": 2023,
                             "countedStatuses": ["ACCEPTED"],
                             "values": [{"provinceCode": "37", "provinceName": "Ninh Bình", "period": "2023-H1",
                               "indicatorCode": "BUDGET_REVENUE", "nameVi": "Thu ngân sách nhà nước trên địa bàn", "unit": "tỷ đồng",
                               "aggregation": "SUM", "value": 26400, "reportCount": 3, "complete": true,
                               "madeOf": [{"provinceCode": "35", "provinceName": "Hà Nam", "value": 8200},
                                          {"provinceCode": "36", "provinceName": "Nam Định", "value": 5600},
                                          {"provinceCode": "37", "provinceName": "Ninh Bình", "value": 12600}]}]}""")),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "Ninh Bình's budget revenue, first half of 2023", value = """
                            Mã tỉnh,Tỉnh,Kỳ,Mã chỉ tiêu,Chỉ tiêu,Đơn vị,Cách tổng hợp,Giá trị,Số báo cáo,Đủ số liệu,Gồm
                            37,Ninh Bình,2023-H1,BUDGET_REVENUE,Thu ngân sách nhà nước trên địa bàn,tỷ đồng,SUM,26400,3,có,Hà Nam (35): 8200; Nam Định (36): 5600; Ninh Bình (37): 12600
                            """)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No unit has this code on that day.")
    public ProvinceIndicatorSeriesView get(
            @Parameter(description = "Two-digit province code, read on `asOf`.", example = "37") @PathParam("code") String code,
            @Parameter(description = "The day whose map of units is used (YYYY-MM-DD); default today.", example = "2026-12-01")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "First year; default five years before `to`.", example = "2021")
            @QueryParam("from") @Min(1945) @Max(2100) Integer from,
            @Parameter(description = "Last year; default the year of `asOf`. At most 30 years in all.", example = "2026")
            @QueryParam("to") @Min(1945) @Max(2100) Integer to,
            @Parameter(description = "Only these indicators, the parameter repeated for several (e.g. "
                    + "`indicator=BUDGET_REVENUE&indicator=NTM_COMMUNES`); default all.")
            @QueryParam("indicator") List<String> indicators,
            @Parameter(description = SummaryResource.INCLUDE) @QueryParam("include") Inclusion include) {
        return statistics.series(code, asOf, from, to, indicators, include);
    }
}
