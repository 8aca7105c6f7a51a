package vn.thidua.covenant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;
import vn.thidua.common.Numbers;
import vn.thidua.province.ProvinceView.ProvinceRef;

@Schema(name = "Covenant", description = "A cluster's emulation covenant for a year (giao ước thi đua), with its items of "
        + "one revision and its signing.")
public record CovenantView(
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The emulation year.", example = "2023", required = true)
        int year,
        @Schema(description = "The covenant's title.", example = "Giao ước thi đua năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng",
                required = true)
        String title,
        @Schema(required = true)
        CovenantStatus status,
        @Schema(description = "The revision shown: 0 as signed, one more with each amendment.", example = "0", required = true)
        int revision,
        @Schema(description = "The revision in force (the latest).", example = "0", required = true)
        int currentRevision,
        @Schema(description = "The items of the revision shown, in order.", required = true)
        List<Item> items,
        @Schema(description = "The signing, once signed.")
        Signing signing,
        @Schema(description = "The actions the covenant's state allows now (update is PUT).", example = "[\"amend\"]",
                required = true)
        List<String> allowedActions,
        @Schema(description = "When it was drafted.", example = "2023-03-10T02:00:00Z", required = true)
        OffsetDateTime createdAt,
        @Schema(description = "When it last changed.", example = "2023-03-29T03:00:00Z", required = true)
        OffsetDateTime updatedAt) {

    @Schema(name = "CovenantItem", description = "One emulation item.")
    public record Item(
            @Schema(description = "What the members undertake.", required = true,
                    example = "Phấn đấu có thêm xã đạt chuẩn nông thôn mới, toàn Cụm đạt ít nhất 1.400 xã.")
            String text,
            @Schema(description = "The indicator targeted.", example = "NTM_COMMUNES") String indicatorCode,
            @Schema(description = "The indicator's unit.", example = "xã") String unit,
            @Schema(description = "The target value.", example = "1400") BigDecimal targetValue) {

        static Item of(CovenantItem i) {
            return new Item(i.text, i.indicator == null ? null : i.indicator.code, i.indicator == null ? null : i.indicator.unit,
                    Numbers.plain(i.targetValue));
        }
    }

    @Schema(name = "CovenantSigningView", description = "When, where, hosted by whom, and who signed for each member.")
    public record Signing(
            @Schema(description = "The day.", example = "2023-03-29", required = true) LocalDate signedOn,
            @Schema(description = "Where.", example = "Thành phố Thái Bình", required = true) String place,
            @Schema(description = "The host province.", required = true) ProvinceRef hostProvince,
            @Schema(description = "One signatory per member, by province code.", required = true) List<Signatory> signatories) {
    }

    @Schema(name = "CovenantSignatory", description = "Who signed for a member.")
    public record Signatory(
            @Schema(required = true) ProvinceRef province,
            @Schema(description = "The signatory's name.", example = "Lại Văn Hoàn", required = true) String name,
            @Schema(description = "The signatory's title.", example = "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình",
                    required = true) String title) {
    }

    static CovenantView of(Covenant c, int revision, List<CovenantItem> items) {
        Signing signing = c.status == CovenantStatus.SIGNED ? new Signing(c.signedOn, c.place, ProvinceRef.of(c.hostProvince),
                c.signatories.stream().sorted(java.util.Comparator.comparing(s -> s.province.code))
                        .map(s -> new Signatory(ProvinceRef.of(s.province), s.name, s.title)).toList()) : null;
        return new CovenantView(c.cluster.code, c.year, c.title, c.status, revision, c.revision,
                items.stream().map(Item::of).toList(), signing, c.status.allowedActions(), c.createdAt, c.updatedAt);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "CovenantPage", description = "One page of covenants.")
    public static final class Page extends PageView<CovenantView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
