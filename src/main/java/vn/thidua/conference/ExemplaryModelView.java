package vn.thidua.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;
import vn.thidua.movement.MovementView.MovementRef;
import vn.thidua.province.ProvinceView.ProvinceRef;

@Schema(name = "ExemplaryModel", description = "A person, collective, household or company held up as an example (điển hình "
        + "tiên tiến), with the conferences where it was presented or visited.")
public record ExemplaryModelView(
        @Schema(description = "Server-made identity.", example = "1", required = true)
        long id,
        @Schema(description = "Name.", example = "Công ty TNHH FrieslandCampina Hà Nam", required = true)
        String name,
        @Schema(required = true)
        ExemplaryModelKind kind,
        @Schema(description = "Its province: the unit of that time.", required = true)
        ProvinceRef province,
        @Schema(description = "The unit that holds its province's place today (itself while it exists: Hà Nam of 2023 is "
                + "today's Ninh Bình); absent where the unit ended without a successor.")
        ProvinceRef provinceToday,
        @Schema(description = "The movement it is an example of.")
        MovementRef movement,
        @Schema(description = "First year it was held up as an example.", example = "2021", required = true)
        int fromYear,
        @Schema(description = "Last year; absent while it still is one.", example = "2025")
        Integer toYear,
        @Schema(description = "What makes it exemplary.", required = true,
                example = "Doanh nghiệp tiêu biểu trong liên kết sản xuất sữa với nông dân, góp phần xây dựng nông thôn mới.")
        String achievements,
        @Schema(description = "Where and when it was presented (an exchange) or visited (a field visit), oldest first.",
                required = true)
        List<Appearance> appearances,
        @Schema(description = "When it was recorded.", example = "2023-07-20T09:00:00+07:00", required = true)
        OffsetDateTime createdAt,
        @Schema(description = "When it last changed.", example = "2023-07-20T09:00:00+07:00", required = true)
        OffsetDateTime updatedAt) {

    @Schema(name = "ExemplaryModelAppearance", description = "A conference where the model was presented or visited.")
    public record Appearance(
            @Schema(description = "The conference's id.", example = "1", required = true) long conferenceId,
            @Schema(description = "Code of the cluster.", example = "DBSH", required = true) String clusterCode,
            @Schema(description = "The conference's title.", required = true,
                    example = "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023") String conferenceTitle,
            @Schema(description = "EXCHANGE (presented) or FIELD_VISIT (visited).", example = "FIELD_VISIT", required = true)
            AgendaItemKind as,
            @Schema(description = "The day of that agenda item, or the conference's first day.", example = "2023-07-25",
                    required = true) LocalDate on,
            @Schema(description = "Where to read the conference.", example = "/api/v1/clusters/DBSH/conferences/1",
                    required = true) String href) {
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ExemplaryModelPage", description = "One page of exemplary models.")
    public static final class Page extends PageView<ExemplaryModelView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }

    @Schema(name = "ExemplaryModelRef", description = "A short reference to an exemplary model.")
    public record Ref(
            @Schema(description = "Server-made identity.", example = "4", required = true) long id,
            @Schema(description = "Name.", example = "Công ty TNHH FrieslandCampina Hà Nam", required = true) String name,
            @Schema(required = true) ExemplaryModelKind kind,
            @Schema(description = "Its province (the unit of that time).", required = true) ProvinceRef province) {

        static Ref of(ExemplaryModel m) {
            return new Ref(m.id, m.name, m.kind, ProvinceRef.of(m.province));
        }
    }
}
