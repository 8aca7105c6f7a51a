package vn.thidua.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;
import vn.thidua.province.ProvinceView.ProvinceRef;

@Schema(name = "Conference", description = "A conference of a cluster: its days, place and host, the delegations, the agenda, "
        + "the Central Committee's representatives and the outcomes.")
public record ConferenceView(
        @Schema(description = "Server-made identity.", example = "1", required = true)
        long id,
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The emulation year it concerns.", example = "2023", required = true)
        int year,
        @Schema(required = true)
        ConferenceKind kind,
        @Schema(description = "Title.", example = "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                required = true)
        String title,
        @Schema(description = "First day.", example = "2023-07-25", required = true)
        LocalDate startsOn,
        @Schema(description = "Last day.", example = "2023-07-26", required = true)
        LocalDate endsOn,
        @Schema(description = "Where it was held.", example = "Thành phố Phủ Lý, tỉnh Hà Nam", required = true)
        String place,
        @Schema(description = "The host province (the unit of that year).", required = true)
        ProvinceRef hostProvince,
        @Schema(description = "The delegations.", required = true)
        List<DelegationView> delegations,
        @Schema(description = "The agenda, in order.", required = true)
        List<AgendaItemView> agenda,
        @Schema(description = "The Central Committee's representatives.", required = true)
        List<PersonView> centralRepresentatives,
        @Schema(required = true)
        Outcomes outcomes,
        @Schema(description = "When it was recorded.", example = "2023-07-27T09:00:00+07:00", required = true)
        OffsetDateTime createdAt,
        @Schema(description = "When it last changed.", example = "2023-07-27T09:00:00+07:00", required = true)
        OffsetDateTime updatedAt) {

    @Schema(name = "Delegation", description = "A member province's delegation and its head.")
    public record DelegationView(
            @Schema(required = true) ProvinceRef province,
            @Schema(description = "Name of the head of delegation, where known.", example = "Lại Văn Hoàn") String headName,
            @Schema(description = "Title of the head of delegation.", example = "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình",
                    required = true) String headTitle) {
    }

    @Schema(name = "ConferencePerson", description = "A person by title, and name where known.")
    public record PersonView(
            @Schema(description = "Name, where known.", example = "Đỗ Ngọc Toàn") String name,
            @Schema(description = "Title.", example = "Phó Trưởng phòng Pháp chế - Thanh tra, Ban Thi đua - Khen thưởng Trung ương",
                    required = true) String title) {
    }

    @Schema(name = "AgendaItem", description = "One item of the agenda.")
    public record AgendaItemView(
            @Schema(required = true) AgendaItemKind kind,
            @Schema(description = "Title.", example = "Tham luận về công tác thi đua, khen thưởng", required = true) String title,
            @Schema(description = "Its day.", example = "2023-07-26") LocalDate heldOn,
            @Schema(description = "The presenting (or visited) province.") ProvinceRef province,
            @Schema(description = "Name of the speaker, where known.", example = "Nguyễn Thị Tươi") String speakerName,
            @Schema(description = "Title of the speaker.", example = "Phó Giám đốc Sở Nội vụ tỉnh Hưng Yên") String speakerTitle,
            @Schema(description = "The exemplary models presented or visited.", required = true)
            List<ExemplaryModelView.Ref> exemplaryModels) {
    }

    @Schema(name = "ConferenceOutcomes", description = "What the conference set and reviewed.")
    public record Outcomes(
            @Schema(description = "The tasks set for the next period, in order.", required = true) List<String> tasks,
            @Schema(description = "The reports reviewed.", required = true) List<ReportRef> reportsReviewed,
            @Schema(description = "The nominations voted.", required = true) List<NominationRef> nominationsVoted) {
    }

    @Schema(name = "ConferenceReportRef", description = "A report reviewed at the conference.")
    public record ReportRef(
            @Schema(description = "The report's id.", example = "3", required = true) long id,
            @Schema(description = "The reporting province (the unit of that year).", required = true) ProvinceRef province,
            @Schema(description = "The period.", example = "2023-H1", required = true) String period,
            @Schema(description = "Where to read it.", example = "/api/v1/reports/3", required = true) String href) {
    }

    @Schema(name = "ConferenceNominationRef", description = "A nomination voted at the conference.")
    public record NominationRef(
            @Schema(description = "The recommendation's id.", example = "1", required = true) long id,
            @Schema(description = "The award type's code.", example = "GOV_EMULATION_FLAG", required = true) String awardTypeCode,
            @Schema(description = "The nominee's name.", example = "Tỉnh Nam Định", required = true) String nomineeName,
            @Schema(description = "Where to read it.", example = "/api/v1/award-recommendations/1", required = true) String href) {
    }

    static ConferenceView of(Conference c) {
        return new ConferenceView(c.id, c.cluster.code, c.year, c.kind, c.title, c.startsOn, c.endsOn, c.place,
                ProvinceRef.of(c.hostProvince),
                c.delegations.stream().map(d -> new DelegationView(ProvinceRef.of(d.province), d.headName, d.headTitle)).toList(),
                c.agenda.stream().map(i -> new AgendaItemView(i.kind, i.title, i.heldOn,
                        i.province == null ? null : ProvinceRef.of(i.province), i.speakerName, i.speakerTitle,
                        i.models.stream().map(ExemplaryModelView.Ref::of).toList())).toList(),
                c.representatives.stream().map(r -> new PersonView(r.name, r.title)).toList(),
                new Outcomes(c.tasks.stream().map(t -> t.text).toList(),
                        c.reportsReviewed.stream().map(r -> new ReportRef(r.id, ProvinceRef.of(r.province),
                                r.year + "-" + r.periodKind.name(), "/api/v1/reports/" + r.id)).toList(),
                        c.nominationsVoted.stream().map(n -> new NominationRef(n.id, n.awardTypeCode, n.nomineeName,
                                "/api/v1/award-recommendations/" + n.id)).toList()),
                c.createdAt, c.updatedAt);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ConferencePage", description = "One page of conferences.")
    public static final class Page extends PageView<ConferenceView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
