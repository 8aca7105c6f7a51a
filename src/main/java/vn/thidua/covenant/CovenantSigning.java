package vn.thidua.covenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CovenantSigning", description = "The signing of a covenant: when, where, hosted by whom, and who signed for "
        + "each member.")
public record CovenantSigning(
        @NotNull
        @Schema(description = "The day it was signed.", example = "2023-03-29", required = true)
        LocalDate signedOn,
        @NotBlank @Size(max = 200)
        @Schema(description = "Where.", example = "Thành phố Thái Bình", required = true)
        String place,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"34\"")
        @Schema(description = "Code of the host province, a member that year.", example = "34", required = true)
        String hostProvinceCode,
        @NotEmpty @Size(max = 100)
        @Schema(description = "One signatory for every member of the cluster that year.", required = true)
        List<@NotNull @Valid Signatory> signatories,
        @Size(max = 2000)
        @Schema(description = "A note for the history.", example = "Ký kết tại Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.")
        String note) {

    @Schema(name = "CovenantSignatoryInput", description = "Who signed for a member.")
    public record Signatory(
            @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"34\"")
            @Schema(description = "Code of the member province that year.", example = "34", required = true)
            String provinceCode,
            @NotBlank @Size(max = 200)
            @Schema(description = "The signatory's name.", example = "Lại Văn Hoàn", required = true)
            String name,
            @NotBlank @Size(max = 200)
            @Schema(description = "The signatory's title.", example = "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình", required = true)
            String title) {
    }
}
