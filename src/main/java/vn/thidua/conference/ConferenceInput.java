package vn.thidua.conference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConferenceInput", description = "A conference as recorded (POST) or replaced as a whole (PUT, If-Match).")
public record ConferenceInput(
        @NotNull @Min(1945) @Max(2100)
        @Schema(description = "The emulation year it concerns (a year-end review of 2023, held in 2024, concerns 2023).",
                example = "2023", required = true)
        Integer year,
        @NotNull
        @Schema(required = true)
        ConferenceKind kind,
        @NotBlank @Size(max = 300)
        @Schema(description = "Title.", example = "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                required = true)
        String title,
        @NotNull
        @Schema(description = "First day (its programme included: a field visit the day before counts).",
                example = "2023-07-25", required = true)
        LocalDate startsOn,
        @Schema(description = "Last day; default startsOn. At most 14 days after it.", example = "2023-07-26")
        LocalDate endsOn,
        @NotBlank @Size(max = 200)
        @Schema(description = "Where it was held.", example = "Thành phố Phủ Lý, tỉnh Hà Nam", required = true)
        String place,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"35\"")
        @Schema(description = "Code of the host province: a member of the cluster in `year`.", example = "35", required = true)
        String hostProvinceCode,
        @Size(max = 100)
        @Schema(description = "The delegations, one per member province.")
        List<@NotNull @Valid DelegationInput> delegations,
        @Size(max = 200)
        @Schema(description = "The agenda, in order.")
        List<@NotNull @Valid AgendaItemInput> agenda,
        @Size(max = 20)
        @Schema(description = "The Central Committee's representatives.")
        List<@NotNull @Valid PersonInput> centralRepresentatives,
        @Size(max = 100)
        @Schema(description = "The tasks set for the next period, in order.",
                example = "[\"Tiếp tục đẩy mạnh phong trào thi đua hoàn thành các chỉ tiêu kinh tế - xã hội năm 2023.\"]")
        List<@NotBlank @Size(max = 2000) String> tasks,
        @Size(max = 200)
        @Schema(description = "Ids of the reports reviewed: submitted reports of the cluster's members for `year`.",
                example = "[1, 2]")
        List<@NotNull Long> reportIds,
        @Size(max = 200)
        @Schema(description = "Ids of the nominations voted: submitted award recommendations through the cluster for `year`.",
                example = "[1]")
        List<@NotNull Long> nominationIds) {

    @Schema(name = "DelegationInput", description = "A member province's delegation and its head.")
    public record DelegationInput(
            @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"34\"")
            @Schema(description = "Code of a member of the cluster in `year`.", example = "34", required = true)
            String provinceCode,
            @Size(max = 200)
            @Schema(description = "Name of the head of delegation, where known.", example = "Lại Văn Hoàn")
            String headName,
            @NotBlank @Size(max = 300)
            @Schema(description = "Title of the head of delegation.", example = "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình",
                    required = true)
            String headTitle) {
    }

    @Schema(name = "AgendaItemInput", description = "One item of the agenda. A PRESENTATION names its province (a member) "
            + "and its speaker's title; EXCHANGE and FIELD_VISIT may name the exemplary models met.")
    public record AgendaItemInput(
            @NotNull
            @Schema(required = true)
            AgendaItemKind kind,
            @NotBlank @Size(max = 500)
            @Schema(description = "Title.", example = "Tham luận về công tác thi đua, khen thưởng", required = true)
            String title,
            @Schema(description = "Its day, within the conference's days.", example = "2023-07-26")
            LocalDate heldOn,
            @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"33\"")
            @Schema(description = "Code of the presenting (or visited) province, in `year`.", example = "33")
            String provinceCode,
            @Size(max = 200)
            @Schema(description = "Name of the speaker, where known.", example = "Nguyễn Thị Tươi")
            String speakerName,
            @Size(max = 300)
            @Schema(description = "Title of the speaker.", example = "Phó Giám đốc Sở Nội vụ tỉnh Hưng Yên")
            String speakerTitle,
            @Size(max = 50)
            @Schema(description = "Ids of the exemplary models presented or visited (EXCHANGE, FIELD_VISIT).", example = "[4]")
            List<@NotNull Long> exemplaryModelIds) {
    }

    @Schema(name = "PersonInput", description = "A person by title, and name where known.")
    public record PersonInput(
            @Size(max = 200)
            @Schema(description = "Name, where known.", example = "Đỗ Ngọc Toàn")
            String name,
            @NotBlank @Size(max = 300)
            @Schema(description = "Title.", example = "Phó Trưởng phòng Pháp chế - Thanh tra, Ban Thi đua - Khen thưởng Trung ương",
                    required = true)
            String title) {
    }
}
