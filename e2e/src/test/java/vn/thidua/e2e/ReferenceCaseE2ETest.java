package vn.thidua.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.thidua.client.ApiClient;
import vn.thidua.client.ApiException;
import vn.thidua.client.ApiResponse;
import vn.thidua.client.api.AwardRecommendationsApi;
import vn.thidua.client.api.AwardStatisticsApi;
import vn.thidua.client.api.ClustersApi;
import vn.thidua.client.api.ConferencesApi;
import vn.thidua.client.api.DossiersApi;
import vn.thidua.client.api.ExemplaryModelsApi;
import vn.thidua.client.api.CovenantsApi;
import vn.thidua.client.api.ScoringApi;
import vn.thidua.client.api.MembershipsApi;
import vn.thidua.client.api.ProvincesApi;
import vn.thidua.client.api.ReportsApi;
import vn.thidua.client.api.StatisticsApi;
import vn.thidua.client.model.ActionNote;
import vn.thidua.client.model.AgendaItemInput;
import vn.thidua.client.model.AgendaItemKind;
import vn.thidua.client.model.AwardRecommendation;
import vn.thidua.client.model.AwardRecommendationCreate;
import vn.thidua.client.model.AwardStatistics;
import vn.thidua.client.model.AwardStatisticsRow;
import vn.thidua.client.model.Cluster;
import vn.thidua.client.model.ClusterCreate;
import vn.thidua.client.model.ClusterKind;
import vn.thidua.client.model.ClusterSummary;
import vn.thidua.client.model.CommendationKind;
import vn.thidua.client.model.Conference;
import vn.thidua.client.model.ConferenceInput;
import vn.thidua.client.model.ConferenceKind;
import vn.thidua.client.model.Covenant;
import vn.thidua.client.model.CovenantCreate;
import vn.thidua.client.model.CovenantItemInput;
import vn.thidua.client.model.CovenantSignatoryInput;
import vn.thidua.client.model.CovenantSigning;
import vn.thidua.client.model.CovenantStatus;
import vn.thidua.client.model.CriteriaGroupInput;
import vn.thidua.client.model.Elected;
import vn.thidua.client.model.Election;
import vn.thidua.client.model.ExemplaryModel;
import vn.thidua.client.model.ExemplaryModelInput;
import vn.thidua.client.model.ExemplaryModelKind;
import vn.thidua.client.model.ElectionCreate;
import vn.thidua.client.model.DecisionOutcome;
import vn.thidua.client.model.DecisionRequest;
import vn.thidua.client.model.DelegationInput;
import vn.thidua.client.model.Document;
import vn.thidua.client.model.DocumentKind;
import vn.thidua.client.model.Indicator;
import vn.thidua.client.model.IndicatorSummary;
import vn.thidua.client.model.Membership;
import vn.thidua.client.model.MembershipCreate;
import vn.thidua.client.model.MembershipRole;
import vn.thidua.client.model.NomineeKind;
import vn.thidua.client.model.PersonInput;
import vn.thidua.client.model.ProvincePage;
import vn.thidua.client.model.RecommendationStatus;
import vn.thidua.client.model.Report;
import vn.thidua.client.model.ReportActionInput;
import vn.thidua.client.model.ReportCreate;
import vn.thidua.client.model.ReportStatus;
import vn.thidua.client.model.ReportValueInput;
import vn.thidua.client.model.ScoreRanking;
import vn.thidua.client.model.Scorecard;
import vn.thidua.client.model.ScorecardCreate;
import vn.thidua.client.model.ScorecardLineInput;
import vn.thidua.client.model.ScorecardNote;
import vn.thidua.client.model.ScorecardReview;
import vn.thidua.client.model.ScorecardReviewChange;
import vn.thidua.client.model.ScorecardStatus;
import vn.thidua.client.model.ScoringItemInput;
import vn.thidua.client.model.ScoringSchemeCreate;
import vn.thidua.client.model.TieBreakerInput;
import vn.thidua.client.model.TieBreakerKind;
import vn.thidua.client.model.VoteRequest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference case of docs/DOMAIN.md played from an empty database through the client generated from
 * openapi.yaml, and nothing else: no hand-written HTTP. The Red River Delta provinces cluster (DBSH) and its nine
 * 2023 members; the covenant signed; the mid-year review recorded (in Phủ Lý, with the visit to an exemplary model);
 * the cluster summary gives the totals of the 2023 mid-year review; the members
 * score the year and the cluster confirms the ranking, Nam Định first; Nam Định is nominated for the Government
 * Emulation Flag (another nominee is refused: the flag follows the ranking), voted, forwarded and approved by the
 * Prime Minister's decision of 2024-10-14; the year-end review elects the head and deputies of 2024.
 *
 * <p>The case is played today (after the 2025 merger of provinces), so by today's officers: a province token names a
 * unit valid today, whose officers act for it and for every unit it took over. The 2023 reports are written and
 * submitted by the officers of today's units (Hưng Yên 33 for Thái Bình and old Hưng Yên, Ninh Bình 37 for Hà Nam,
 * Nam Định and old Ninh Bình, Bắc Ninh 24 for old Bắc Ninh, Hải Phòng 31 for Hải Dương, Phú Thọ 25 for Vĩnh Phúc,
 * Quảng Ninh 22). The head's role (Thái Bình's) is today's Hưng Yên's; nobody decides on their own province's work,
 * so Thái Bình's and Hưng Yên's own reports are accepted by a deputy's officers (Ninh Bình, for Nam Định and
 * Hà Nam). A token for a code that names no unit today (36) is refused everywhere.
 *
 * <p>Started by e2e/run.sh against the packaged service in production mode with its own key pair. The steps
 * depend on each other and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceCaseE2ETest {

    static final String CLUSTER = "DBSH";
    static final String PERIOD = "2023-H1";
    static final int YEAR = 2023;
    static final String HEAD = "34";      // Thái Bình, head of DBSH in 2023
    static final String NAM_DINH = "36";  // a deputy in 2023, part of today's Ninh Bình

    /** Officers of today's Hưng Yên (33), which took over Thái Bình: they hold the head's role. */
    static final String HEAD_OFFICER = "33";
    /** Officers of today's Ninh Bình (37), which took over the deputies Nam Định and Hà Nam. */
    static final String DEPUTY_OFFICER = "37";

    /** For each 2023 member, the code of the unit valid today whose officers act for it. */
    static final Map<String, String> OFFICER_TODAY = Map.of(
            "26", "25",   // Vĩnh Phúc → Phú Thọ
            "27", "24",   // Bắc Ninh → Bắc Ninh (the former Bắc Giang's code)
            "22", "22",   // Quảng Ninh, unchanged
            "30", "31",   // Hải Dương → Hải Phòng
            "33", "33",   // Hưng Yên
            "34", "33",   // Thái Bình → Hưng Yên
            "35", "37",   // Hà Nam → Ninh Bình
            "36", "37",   // Nam Định → Ninh Bình
            "37", "37");  // Ninh Bình

    /** The nine 2023 members and their roles (docs/DOMAIN.md). */
    static final Map<String, MembershipRole> MEMBERS = new LinkedHashMap<>();

    static {
        MEMBERS.put("26", MembershipRole.MEMBER);   // Vĩnh Phúc
        MEMBERS.put("27", MembershipRole.MEMBER);   // Bắc Ninh
        MEMBERS.put("22", MembershipRole.MEMBER);   // Quảng Ninh
        MEMBERS.put("30", MembershipRole.MEMBER);   // Hải Dương
        MEMBERS.put("33", MembershipRole.MEMBER);   // Hưng Yên
        MEMBERS.put("34", MembershipRole.HEAD);     // Thái Bình
        MEMBERS.put("35", MembershipRole.DEPUTY);   // Hà Nam
        MEMBERS.put("36", MembershipRole.DEPUTY);   // Nam Định
        MEMBERS.put("37", MembershipRole.MEMBER);   // Ninh Bình
    }

    static final List<String> INDICATORS = List.of("BUDGET_REVENUE", "TOTAL_SOCIAL_INVESTMENT", "NTM_COMMUNES",
            "NTM_ADVANCED_COMMUNES", "NTM_MODEL_COMMUNES", "NTM_DISTRICTS");

    /**
     * Illustrative per-province figures (the same as the dev-mode demo data, db/demo/R__demo_data_2_reports.sql),
     * in the order of {@link #INDICATORS}; only their sums are the reported cluster totals.
     */
    static final Map<String, long[]> H1_2023 = new LinkedHashMap<>();

    static {
        H1_2023.put("26", new long[] {16100, 22000, 112, 40, 10, 9});
        H1_2023.put("27", new long[] {17200, 38000, 97, 38, 8, 8});
        H1_2023.put("22", new long[] {24318, 45514, 101, 55, 15, 11});
        H1_2023.put("30", new long[] {10400, 27000, 220, 70, 14, 12});
        H1_2023.put("33", new long[] {14600, 25000, 139, 45, 12, 10});
        H1_2023.put("34", new long[] {7300, 24000, 242, 62, 10, 8});
        H1_2023.put("35", new long[] {8200, 18000, 83, 40, 10, 6});
        H1_2023.put("36", new long[] {5600, 22000, 226, 60, 14, 10});
        H1_2023.put("37", new long[] {12600, 25000, 120, 30, 8, 8});
    }

    static Tokens tokens;
    static final Map<String, Long> reportIds = new TreeMap<>();
    static Long flagId;
    /** Nam Định's proposal letter, uploaded with the nomination, and its SHA-256 as recorded. */
    static Long letterId;
    static String letterSha256;

    @BeforeAll
    static void keys() throws Exception {
        tokens = new Tokens(Path.of(required("thidua.privateKey")), required("thidua.issuer"),
                System.getProperty("thidua.audience", "thidua-api"));
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(10)
    void anEmptyDatabaseWithTheReferenceDataOnly() throws ApiException {
        ApiClient viewer = client(tokens.viewer());
        ProvincePage provinces = new ProvincesApi(viewer).listProvinces(LocalDate.of(2023, 7, 26), null, null, 100, null);
        assertEquals(63, provinces.getTotal(), "63 provincial units on the day of the mid-year review");
        assertTrue(provinces.getItems().stream().anyMatch(p -> "Hà Nội".equals(p.getName())));
        assertEquals(0, new ClustersApi(viewer).listClusters(null, null, null, null).getTotal(), "no clusters yet");
    }

    @Test
    @Order(20)
    void adminCreatesTheClusterOnceEvenWhenTheRequestIsRetried() throws ApiException {
        ClustersApi clusters = new ClustersApi(client(tokens.admin()));
        ClusterCreate dbsh = new ClusterCreate()
                .code(CLUSTER)
                .name("Cụm thi đua các tỉnh Đồng bằng sông Hồng")
                .kind(ClusterKind.PROVINCES)
                .description("Cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức.");
        String key = UUID.randomUUID().toString();

        ApiResponse<Cluster> created = clusters.createClusterWithHttpInfo(dbsh, key);
        assertEquals(201, created.getStatusCode());
        assertEquals(CLUSTER, created.getData().getCode());
        assertNotNull(header(created, "ETag"), "ETag on creation");
        assertTrue(header(created, "Location").endsWith("/api/v1/clusters/" + CLUSTER), header(created, "Location"));

        // A retry with the same Idempotency-Key (e.g. after a lost answer) replays the first result.
        ApiResponse<Cluster> replayed = clusters.createClusterWithHttpInfo(dbsh, key);
        assertEquals(201, replayed.getStatusCode());
        assertEquals("true", header(replayed, "Idempotent-Replayed"));
        assertEquals(CLUSTER, replayed.getData().getCode());

        // The same key with another body is refused.
        ApiException reused = assertThrows(ApiException.class,
                () -> clusters.createCluster(dbsh.description("Một nội dung khác."), key));
        assertProblem(reused, 422);
    }

    @Test
    @Order(30)
    void adminAddsTheNineMembersOf2023WithTheirRoles() throws ApiException {
        MembershipsApi memberships = new MembershipsApi(client(tokens.admin()));
        for (Map.Entry<String, MembershipRole> member : MEMBERS.entrySet()) {
            Membership added = memberships.addMembership(CLUSTER,
                    new MembershipCreate().year(YEAR).provinceCode(member.getKey()).role(member.getValue()),
                    UUID.randomUUID().toString());
            assertEquals(member.getValue(), added.getRole());
            assertEquals(member.getKey(), added.getProvince().getCode());
        }
        Map<String, MembershipRole> roles = new MembershipsApi(client(tokens.viewer()))
                .listMemberships(CLUSTER, null, null, 100, YEAR).getItems().stream()
                .collect(Collectors.toMap(m -> m.getProvince().getCode(), Membership::getRole));
        assertEquals(MEMBERS, roles);
    }

    @Test
    @Order(35)
    void theHeadDraftsTheCovenantAndEveryMemberSignsIt() throws ApiException {
        CovenantsApi head = new CovenantsApi(client(tokens.province(HEAD_OFFICER)));
        ApiResponse<Covenant> draft = head.createCovenantWithHttpInfo(CLUSTER, new CovenantCreate()
                .year(YEAR)
                .title("Giao ước thi đua năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng")
                .items(List.of(
                        new CovenantItemInput().text("Phấn đấu toàn Cụm có ít nhất 1.400 xã đạt chuẩn nông thôn mới.")
                                .indicatorCode("NTM_COMMUNES").targetValue(BigDecimal.valueOf(1400)),
                        new CovenantItemInput().text("Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến."))),
                UUID.randomUUID().toString());
        assertEquals(201, draft.getStatusCode());
        assertEquals(CovenantStatus.DRAFT, draft.getData().getStatus());

        CovenantSigning signing = new CovenantSigning().signedOn(LocalDate.of(2023, 3, 29)).place("Thành phố Thái Bình")
                .hostProvinceCode(HEAD);
        for (String member : MEMBERS.keySet()) {
            signing.addSignatoriesItem(new CovenantSignatoryInput().provinceCode(member)
                    .name("Lãnh đạo tỉnh " + member).title("Phó Chủ tịch Ủy ban nhân dân tỉnh"));
        }
        Covenant signed = head.signCovenant(CLUSTER, YEAR, header(draft, "ETag"), signing);
        assertEquals(CovenantStatus.SIGNED, signed.getStatus());
        assertEquals(9, signed.getSigning().getSignatories().size());
        assertEquals(List.of("amend"), signed.getAllowedActions());
    }

    @Test
    @Order(40)
    void eachMembersReportIsSubmittedByTheOfficersOfTodaysUnit() throws ApiException {
        Set<String> catalog = new ReportsApi(client(tokens.viewer())).listIndicators(null, 100, null).getItems().stream()
                .map(Indicator::getCode).collect(Collectors.toSet());
        assertTrue(catalog.containsAll(INDICATORS), "indicator catalog " + catalog);

        for (Map.Entry<String, long[]> province : H1_2023.entrySet()) {
            ReportsApi officer = new ReportsApi(client(tokens.province(OFFICER_TODAY.get(province.getKey()))));
            ReportCreate report = new ReportCreate()
                    .clusterCode(CLUSTER)
                    .provinceCode(province.getKey())
                    .period(PERIOD)
                    .movementResults("Số liệu minh họa của kiểm thử đầu cuối.");
            for (int i = 0; i < INDICATORS.size(); i++) {
                report.addValuesItem(new ReportValueInput().indicatorCode(INDICATORS.get(i))
                        .value(BigDecimal.valueOf(province.getValue()[i])));
            }
            ApiResponse<Report> draft = officer.createReportWithHttpInfo(report, UUID.randomUUID().toString());
            assertEquals(201, draft.getStatusCode());
            assertEquals(ReportStatus.DRAFT, draft.getData().getStatus());
            assertEquals(province.getKey(), draft.getData().getProvince().getCode(), "the 2023 member's report");

            Report submitted = officer.submitReport(draft.getData().getId(), header(draft, "ETag"), new ReportActionInput());
            assertEquals(ReportStatus.SUBMITTED, submitted.getStatus());
            reportIds.put(province.getKey(), submitted.getId());
        }
        assertEquals(9, reportIds.size());
    }

    @Test
    @Order(50)
    void noOneElseMayAcceptARetiredCodeIsRefusedAndAStaleVersionIsRefused() throws ApiException {
        long id = reportIds.get("26");
        ApiResponse<Report> current = new ReportsApi(client(tokens.province(HEAD_OFFICER))).getReportWithHttpInfo(id);
        String etag = header(current, "ETag");
        ReportActionInput note = new ReportActionInput().note("Đã kiểm tra số liệu.");

        // Another member (Quảng Ninh), and a deputy on a report that is not the head's own, may not accept.
        for (String other : List.of("22", DEPUTY_OFFICER)) {
            ApiException notTheHead = assertThrows(ApiException.class,
                    () -> new ReportsApi(client(tokens.province(other))).acceptReport(id, etag, note), other);
            assertProblem(notTheHead, 403);
        }

        // Nam Định's own code names no unit today: refused on every call, naming its successor.
        ApiException retired = assertThrows(ApiException.class,
                () -> new ReportsApi(client(tokens.province(NAM_DINH))).getReport(id));
        assertProblem(retired, 403);
        assertTrue(retired.getResponseBody().contains("Ninh Bình"), retired.getResponseBody());
        assertTrue(retired.getResponseBody().contains("names no provincial-level unit today"), retired.getResponseBody());
        ApiException retiredWrites = assertThrows(ApiException.class,
                () -> new ReportsApi(client(tokens.province(NAM_DINH))).acceptReport(id, etag, note));
        assertProblem(retiredWrites, 403);

        // The head's officers may not decide on their own province's work: Thái Bình's and Hưng Yên's reports.
        for (String own : List.of(HEAD, "33")) {
            long ownId = reportIds.get(own);
            ReportsApi head = new ReportsApi(client(tokens.province(HEAD_OFFICER)));
            String ownEtag = header(head.getReportWithHttpInfo(ownId), "ETag");
            ApiException ownWork = assertThrows(ApiException.class, () -> head.acceptReport(ownId, ownEtag, note), own);
            assertProblem(ownWork, 403);
            assertTrue(ownWork.getResponseBody().contains("your own province's"), ownWork.getResponseBody());
        }

        ApiException stale = assertThrows(ApiException.class,
                () -> new ReportsApi(client(tokens.province(HEAD_OFFICER))).acceptReport(id, "\"999\"", note));
        assertProblem(stale, 412);

        // Nothing was accepted by the refusals.
        for (long reportId : reportIds.values()) {
            assertEquals(ReportStatus.SUBMITTED, new ReportsApi(client(tokens.viewer())).getReport(reportId).getStatus());
        }
    }

    @Test
    @Order(60)
    void theHeadAcceptsTheMembersReportsAndADeputyTheHeadsOwn() throws ApiException {
        for (Map.Entry<String, Long> report : reportIds.entrySet()) {
            // Thái Bình (34) and old Hưng Yên (33) are both today's Hưng Yên: a deputy's officers (Ninh Bình) accept.
            boolean headsOwn = Set.of(HEAD, "33").contains(report.getKey());
            ReportsApi accepting = new ReportsApi(client(tokens.province(headsOwn ? DEPUTY_OFFICER : HEAD_OFFICER)));
            ApiResponse<Report> current = accepting.getReportWithHttpInfo(report.getValue());
            assertTrue(current.getData().getAllowedActions().contains("accept"), "allowed " + current.getData().getAllowedActions());
            Report accepted = accepting.acceptReport(report.getValue(), header(current, "ETag"),
                    new ReportActionInput().note("Đã kiểm tra số liệu."));
            assertEquals(ReportStatus.ACCEPTED, accepted.getStatus(), report.getKey());
        }
    }

    @Test
    @Order(65)
    void theHeadRecordsTheMidYearReviewInPhuLyWithItsVisitToAnExemplaryModel() throws ApiException {
        // FrieslandCampina Hà Nam, recorded by the officers of today's Ninh Bình, who act for Hà Nam (35).
        ExemplaryModel company = new ExemplaryModelsApi(client(tokens.province(DEPUTY_OFFICER))).createExemplaryModel(
                new ExemplaryModelInput().name("Công ty TNHH FrieslandCampina Hà Nam").kind(ExemplaryModelKind.COMPANY)
                        .provinceCode("35").movementCode("NONG-THON-MOI").fromYear(YEAR)
                        .achievements("Điển hình tiên tiến trong phong trào xây dựng nông thôn mới."),
                UUID.randomUUID().toString());
        assertEquals("Ninh Bình", company.getProvinceToday().getName());

        ConferenceInput review = new ConferenceInput().year(YEAR).kind(ConferenceKind.MID_YEAR_REVIEW)
                .title("Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng")
                .startsOn(LocalDate.of(2023, 7, 25)).endsOn(LocalDate.of(2023, 7, 26)).place("Thành phố Phủ Lý, tỉnh Hà Nam")
                .hostProvinceCode("35")
                .delegations(List.of(
                        new DelegationInput().provinceCode(HEAD).headName("Lại Văn Hoàn")
                                .headTitle("Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"),
                        new DelegationInput().provinceCode(NAM_DINH).headName("Hà Lan Anh")
                                .headTitle("Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định"),
                        new DelegationInput().provinceCode("35").headName("Trần Xuân Dưỡng")
                                .headTitle("Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam"),
                        new DelegationInput().provinceCode("33").headName("Nguyễn Thị Tươi")
                                .headTitle("Phó Giám đốc Sở Nội vụ tỉnh Hưng Yên")))
                .agenda(List.of(
                        new AgendaItemInput().kind(AgendaItemKind.FIELD_VISIT).title("Thăm Công ty TNHH FrieslandCampina Hà Nam")
                                .heldOn(LocalDate.of(2023, 7, 25)).provinceCode("35").exemplaryModelIds(List.of(company.getId())),
                        new AgendaItemInput().kind(AgendaItemKind.PRESENTATION).title("Tham luận của tỉnh Hưng Yên")
                                .heldOn(LocalDate.of(2023, 7, 26)).provinceCode("33").speakerName("Nguyễn Thị Tươi")
                                .speakerTitle("Phó Giám đốc Sở Nội vụ tỉnh Hưng Yên")))
                .centralRepresentatives(List.of(new PersonInput().name("Đỗ Ngọc Toàn")
                        .title("Phó Trưởng phòng Pháp chế - Thanh tra, Ban Thi đua - Khen thưởng Trung ương")))
                .tasks(List.of("Tiếp tục đẩy mạnh các phong trào thi đua 6 tháng cuối năm 2023."))
                .reportIds(List.copyOf(reportIds.values()));
        // A member that is not the head may not record it.
        ApiException refused = assertThrows(ApiException.class, () -> new ConferencesApi(client(tokens.province("22")))
                .createConference(CLUSTER, review, null));
        assertEquals(403, refused.getCode());
        Conference recorded = new ConferencesApi(client(tokens.province(HEAD_OFFICER)))
                .createConference(CLUSTER, review, UUID.randomUUID().toString());
        assertEquals("Hà Nam", recorded.getHostProvince().getName());
        assertEquals(9, recorded.getOutcomes().getReportsReviewed().size());

        ExemplaryModel visited = new ExemplaryModelsApi(client(tokens.viewer())).getExemplaryModel(company.getId());
        assertEquals(1, visited.getAppearances().size());
        assertEquals(recorded.getId(), visited.getAppearances().get(0).getConferenceId());
        assertEquals(LocalDate.of(2023, 7, 25), visited.getAppearances().get(0).getOn());
    }

    @Test
    @Order(70)
    void theClusterSummaryGivesTheTotalsOfTheMidYearReview() throws ApiException {
        ClusterSummary summary = new StatisticsApi(client(tokens.viewer())).getClusterSummary(CLUSTER, PERIOD, null);
        assertEquals(9, summary.getMembers().getExpected());
        assertEquals(9, summary.getMembers().getAccepted());
        assertTrue(summary.getMissingMembers().isEmpty(), "missing " + summary.getMissingMembers());

        Map<String, IndicatorSummary> lines = summary.getIndicators().stream()
                .collect(Collectors.toMap(IndicatorSummary::getIndicatorCode, Function.identity()));
        BigDecimal revenue = lines.get("BUDGET_REVENUE").getValue();
        assertTrue(revenue.compareTo(BigDecimal.valueOf(116_300)) > 0, "budget revenue over 116,300: " + revenue);
        assertEquals(0, BigDecimal.valueOf(246_514).compareTo(lines.get("TOTAL_SOCIAL_INVESTMENT").getValue()));
        assertEquals(0, BigDecimal.valueOf(1_340).compareTo(lines.get("NTM_COMMUNES").getValue()));
        assertEquals(0, BigDecimal.valueOf(440).compareTo(lines.get("NTM_ADVANCED_COMMUNES").getValue()));
        assertEquals(0, BigDecimal.valueOf(101).compareTo(lines.get("NTM_MODEL_COMMUNES").getValue()));
        assertEquals(0, BigDecimal.valueOf(82).compareTo(lines.get("NTM_DISTRICTS").getValue()));
        for (String code : INDICATORS) {
            assertEquals(9, lines.get(code).getReportCount(), code);
        }
        assertEquals("Quảng Ninh", lines.get("BUDGET_REVENUE").getMaximum().getProvinceName());
        assertEquals("Nam Định", lines.get("BUDGET_REVENUE").getMinimum().getProvinceName());
    }

    /** The year's points of each member (criteria I.1 and II.1, 50 each): Nam Định first. */
    static final Map<String, int[]> POINTS = Map.of(
            "36", new int[] {50, 50}, "34", new int[] {50, 49}, "37", new int[] {49, 49}, "35", new int[] {49, 48},
            "30", new int[] {48, 48}, "33", new int[] {48, 47}, "22", new int[] {47, 47}, "27", new int[] {47, 46},
            "26", new int[] {46, 46});

    @Test
    @Order(75)
    void theMembersScoreTheYearAndTheClusterConfirmsTheRanking() throws ApiException {
        new ScoringApi(client(tokens.province(HEAD_OFFICER))).createScoringScheme(CLUSTER,
                new ScoringSchemeCreate().year(YEAR).title("Bảng chấm điểm thi đua Cụm năm 2023")
                        .groups(List.of(
                                new CriteriaGroupInput().code("I").name("Thực hiện các chỉ tiêu kinh tế - xã hội")
                                        .criteria(List.of(new ScoringItemInput().code("I.1")
                                                .name("Thực hiện giao ước thi đua").maxPoints(BigDecimal.valueOf(50)))),
                                new CriteriaGroupInput().code("II").name("Công tác thi đua, khen thưởng")
                                        .criteria(List.of(new ScoringItemInput().code("II.1")
                                                .name("Nhân rộng điển hình tiên tiến").maxPoints(BigDecimal.valueOf(50))))))
                        .tieRule(List.of(new TieBreakerInput().kind(TieBreakerKind.MAXIMUM_SCORES))),
                UUID.randomUUID().toString());

        Map<String, Long> cards = new TreeMap<>();
        for (Map.Entry<String, int[]> member : POINTS.entrySet()) {
            ScoringApi officer = new ScoringApi(client(tokens.province(OFFICER_TODAY.get(member.getKey()))));
            ApiResponse<Scorecard> draft = officer.createScorecardWithHttpInfo(
                    new ScorecardCreate().clusterCode(CLUSTER).provinceCode(member.getKey()).year(YEAR).lines(List.of(
                            new ScorecardLineInput().itemCode("I.1").points(BigDecimal.valueOf(member.getValue()[0]))
                                    .evidence("Minh chứng kèm theo báo cáo năm."),
                            new ScorecardLineInput().itemCode("II.1").points(BigDecimal.valueOf(member.getValue()[1])))),
                    UUID.randomUUID().toString());
            Scorecard submitted = officer.submitScorecard(draft.getData().getId(), header(draft, "ETag"), new ScorecardNote());
            assertEquals(ScorecardStatus.SUBMITTED, submitted.getStatus());
            cards.put(member.getKey(), submitted.getId());
        }

        // A member's points out of range name the criterion.
        ApiException outOfRange = assertThrows(ApiException.class, () -> new ScoringApi(client(tokens.central()))
                .createScorecard(new ScorecardCreate().clusterCode(CLUSTER).provinceCode("22").year(YEAR)
                        .lines(List.of(new ScorecardLineInput().itemCode("I.1").points(BigDecimal.valueOf(51)))), null));
        assertProblem(outOfRange, 422);
        assertTrue(outOfRange.getResponseBody().contains("criterion I.1"), outOfRange.getResponseBody());

        for (Map.Entry<String, Long> card : cards.entrySet()) {
            // Thái Bình (34) and old Hưng Yên (33) are today's Hưng Yên, the head's: a deputy's officers review them.
            boolean headsOwn = Set.of(HEAD, "33").contains(card.getKey());
            ScoringApi reviewer = new ScoringApi(client(tokens.province(headsOwn ? DEPUTY_OFFICER : HEAD_OFFICER)));
            ApiResponse<Scorecard> current = reviewer.getScorecardWithHttpInfo(card.getValue());
            ScorecardReview review = new ScorecardReview().note("Thẩm định tại hội nghị tổng kết Cụm.");
            if (card.getKey().equals(HEAD)) {
                review.addChangesItem(new ScorecardReviewChange().itemCode("II.1").points(BigDecimal.valueOf(48))
                        .reason("Chưa có minh chứng về mô hình được nhân rộng."));
            }
            ApiResponse<Scorecard> reviewed = reviewer.reviewScorecardWithHttpInfo(card.getValue(), header(current, "ETag"), review);
            assertEquals(ScorecardStatus.REVIEWED, reviewed.getData().getStatus());
            Scorecard confirmed = reviewer.confirmScorecard(card.getValue(), header(reviewed, "ETag"), new ScorecardNote());
            assertEquals(ScorecardStatus.CONFIRMED, confirmed.getStatus());
        }

        ScoreRanking ranking = new ScoringApi(client(tokens.viewer())).getClusterScores(CLUSTER, YEAR);
        assertEquals(9, ranking.getEntries().size());
        assertEquals(NAM_DINH, ranking.getLeader().getProvinceCode());
        assertEquals(1L, ranking.getEntries().get(0).getRank());
        assertEquals(0, BigDecimal.valueOf(98).compareTo(ranking.getEntries().stream()
                .filter(e -> HEAD.equals(e.getProvinceCode())).findFirst().orElseThrow().getTotalPoints()),
                "Thái Bình's agreed points");
    }

    @Test
    @Order(80)
    void ninhBinhsOfficersNominateNamDinhForTheGovernmentEmulationFlag() throws ApiException {
        // Nam Định's 2023 proposal, written today by the officers of Ninh Bình (37), which took it over.
        AwardRecommendationsApi namDinh = new AwardRecommendationsApi(client(tokens.province(DEPUTY_OFFICER)));
        ApiResponse<AwardRecommendation> draft = namDinh.createAwardRecommendationWithHttpInfo(
                new AwardRecommendationCreate()
                        .clusterCode(CLUSTER)
                        .year(YEAR)
                        .awardTypeCode("GOV_EMULATION_FLAG")
                        .kind(CommendationKind.MERIT)
                        .nomineeKind(NomineeKind.COLLECTIVE)
                        .nomineeName("Tỉnh Nam Định")
                        .nomineeOrganisation("Ủy ban nhân dân tỉnh Nam Định")
                        .nomineeProvinceCode(NAM_DINH)
                        .proposingProvinceCode(NAM_DINH)
                        .achievements("Dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023."),
                UUID.randomUUID().toString());
        assertEquals(201, draft.getStatusCode());
        assertEquals(RecommendationStatus.DRAFT, draft.getData().getStatus());
        assertEquals(NAM_DINH, draft.getData().getProposingProvince().getCode());
        flagId = draft.getData().getId();

        // Never submitted: seen by its own province's officers and by central staff; to other provinces it does not
        // exist (404 as for an unknown id, absent from lists).
        ApiException hidden = assertThrows(ApiException.class,
                () -> new AwardRecommendationsApi(client(tokens.province(HEAD_OFFICER))).getAwardRecommendation(flagId));
        assertProblem(hidden, 404);
        assertEquals(RecommendationStatus.DRAFT,
                new AwardRecommendationsApi(client(tokens.central())).getAwardRecommendation(flagId).getStatus());

        // The proposer's part of the dossier (hồ sơ): the proposal letter and the achievements report.
        File letterFile = pdf("Tờ trình số 125/TTr-UBND đề nghị tặng Cờ thi đua của Chính phủ");
        Document letter = new DossiersApi(uploading(tokens.province(DEPUTY_OFFICER), letterFile))
                .uploadAwardRecommendationDocument(flagId, "Tờ trình Cờ thi đua 2023 - Nam Định.pdf",
                        DocumentKind.PROPOSAL_LETTER, "Tờ trình đề nghị tặng Cờ thi đua của Chính phủ năm 2023",
                        letterFile, null, null, UUID.randomUUID().toString());
        assertEquals("Tờ trình Cờ thi đua 2023 - Nam Định.pdf", letter.getCurrent().getFileName());
        assertEquals("application/pdf", letter.getCurrent().getMediaType());
        letterId = letter.getId();
        letterSha256 = letter.getCurrent().getSha256();
        File reportFile = pdf("Báo cáo thành tích năm 2023 của tỉnh Nam Định");
        new DossiersApi(uploading(tokens.province(DEPUTY_OFFICER), reportFile)).uploadAwardRecommendationDocument(flagId,
                "Báo cáo thành tích 2023 - Nam Định.pdf", DocumentKind.ACHIEVEMENTS_REPORT,
                "Báo cáo thành tích năm 2023 của tỉnh Nam Định", reportFile, null, null, UUID.randomUUID().toString());

        AwardRecommendation submitted = namDinh.submitAwardRecommendation(flagId, header(draft, "ETag"),
                new ActionNote().note("Gửi hồ sơ kèm tờ trình của Ủy ban nhân dân tỉnh Nam Định."));
        assertEquals(RecommendationStatus.SUBMITTED, submitted.getStatus());
        assertEquals(RecommendationStatus.SUBMITTED, new AwardRecommendationsApi(client(tokens.province(HEAD_OFFICER)))
                .getAwardRecommendation(flagId).getStatus(), "submitted: visible to the head");
    }

    @Test
    @Order(85)
    void aFlagNominationOfAnotherMemberThanTheFirstRankedIsRefused() throws ApiException {
        AwardRecommendationsApi thaiBinh = new AwardRecommendationsApi(client(tokens.province(HEAD_OFFICER)));
        ApiResponse<AwardRecommendation> draft = thaiBinh.createAwardRecommendationWithHttpInfo(
                new AwardRecommendationCreate().clusterCode(CLUSTER).year(YEAR).awardTypeCode("GOV_EMULATION_FLAG")
                        .kind(CommendationKind.MERIT).nomineeKind(NomineeKind.COLLECTIVE).nomineeName("Tỉnh Thái Bình")
                        .nomineeProvinceCode(HEAD).proposingProvinceCode(HEAD)
                        .achievements("Hoàn thành xuất sắc nhiệm vụ Cụm trưởng năm 2023."),
                UUID.randomUUID().toString());
        ApiException refused = assertThrows(ApiException.class, () -> thaiBinh.submitAwardRecommendation(
                draft.getData().getId(), header(draft, "ETag"), new ActionNote()));
        assertProblem(refused, 409);
        assertTrue(refused.getResponseBody().contains("Nam Định (36) ranks first"), refused.getResponseBody());
        thaiBinh.withdrawAwardRecommendation(draft.getData().getId(), header(draft, "ETag"),
                new ActionNote().note("Cụm đề nghị tỉnh xếp thứ nhất."));
    }

    @Test
    @Order(90)
    void theHeadRecordsTheVoteAndForwards() throws ApiException, IOException {
        AwardRecommendationsApi head = new AwardRecommendationsApi(client(tokens.province(HEAD_OFFICER)));
        ApiResponse<AwardRecommendation> current = head.getAwardRecommendationWithHttpInfo(flagId);

        // Ninh Bình's officers, who proposed it (for Nam Định), may not record the cluster's vote on it.
        VoteRequest ownVote = new VoteRequest().membersPresent(9).votesFor(9).votesAgainst(0).votesAbstaining(0);
        ApiException ownWork = assertThrows(ApiException.class, () -> new AwardRecommendationsApi(
                client(tokens.province(DEPUTY_OFFICER))).voteOnAwardRecommendation(flagId, header(current, "ETag"), ownVote));
        assertProblem(ownWork, 403);
        assertTrue(ownWork.getResponseBody().contains("your own province's"), ownWork.getResponseBody());

        ApiResponse<AwardRecommendation> voted = head.voteOnAwardRecommendationWithHttpInfo(flagId, header(current, "ETag"),
                new VoteRequest().membersPresent(9).votesFor(8).votesAgainst(0).votesAbstaining(1)
                        .note("Hội nghị tổng kết công tác thi đua Cụm năm 2023."));
        assertEquals(RecommendationStatus.ENDORSED, voted.getData().getStatus());
        assertEquals(8, voted.getData().getVote().getVotesFor());

        // Not forwarded before the dossier has the minutes of the vote: 409 naming what is missing.
        assertEquals(List.of("VOTE_MINUTES"), voted.getData().getDocumentsMissing());
        ApiException incomplete = assertThrows(ApiException.class,
                () -> head.forwardAwardRecommendation(flagId, header(voted, "ETag"), new ActionNote()));
        assertProblem(incomplete, 409);
        assertTrue(incomplete.getResponseBody().contains("VOTE_MINUTES"), incomplete.getResponseBody());
        File minutes = pdf("Biên bản họp bình xét thi đua năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng");
        new DossiersApi(uploading(tokens.province(HEAD_OFFICER), minutes)).uploadAwardRecommendationDocument(flagId,
                "Biên bản họp Cụm 2023.pdf", DocumentKind.VOTE_MINUTES, "Biên bản họp bình xét thi đua Cụm năm 2023",
                minutes, null, null, UUID.randomUUID().toString());

        AwardRecommendation forwarded = head.forwardAwardRecommendation(flagId, header(voted, "ETag"), new ActionNote());
        assertEquals(RecommendationStatus.FORWARDED, forwarded.getStatus());
        assertTrue(forwarded.getDocumentsMissing().isEmpty(), "complete: " + forwarded.getDocumentsMissing());

        // The head reads the proposal letter as it was sent: the SHA-256 of the bytes downloaded is the one recorded.
        File downloaded = new DossiersApi(client(tokens.province(HEAD_OFFICER))).downloadDocument(letterId, null, null, null);
        assertEquals(letterSha256, sha256(Files.readAllBytes(downloaded.toPath())));
    }

    @Test
    @Order(100)
    void centralRecordsTheDecision() throws ApiException {
        AwardRecommendationsApi central = new AwardRecommendationsApi(client(tokens.central()));
        ApiResponse<AwardRecommendation> current = central.getAwardRecommendationWithHttpInfo(flagId);
        AwardRecommendation approved = central.decideAwardRecommendation(flagId, header(current, "ETag"),
                new DecisionRequest()
                        .outcome(DecisionOutcome.APPROVED)
                        .decisionNumber("1234/QĐ-TTg")
                        .decisionDate(LocalDate.of(2024, 10, 14))
                        .decidingAuthority("Thủ tướng Chính phủ"));
        assertEquals(RecommendationStatus.APPROVED, approved.getStatus());
        assertEquals(LocalDate.of(2024, 10, 14), approved.getDecision().getDate());
        assertEquals("Thủ tướng Chính phủ", approved.getDecision().getAuthority());
        assertTrue(approved.getAllowedActions().isEmpty(), "final: " + approved.getAllowedActions());
    }

    @Test
    @Order(110)
    void theAwardStatisticsCountTheApprovedFlag() throws ApiException {
        AwardStatistics statistics = new AwardStatisticsApi(client(tokens.central()))
                .getAwardStatistics(null, CLUSTER, "awardType,status", null, YEAR); // asOf: none
        assertEquals(List.of("awardType", "status"), statistics.getGroupBy());
        // Nam Định's approved flag, and Thái Bình's nomination, refused by the ranking and withdrawn.
        assertEquals(2, statistics.getRows().size(), "rows " + statistics.getRows());
        AwardStatisticsRow row = statistics.getRows().stream().filter(r -> r.getStatus() == RecommendationStatus.APPROVED)
                .findFirst().orElseThrow();
        assertEquals("GOV_EMULATION_FLAG", row.getAwardType());
        assertEquals(1, row.getCount());
        assertEquals(2, statistics.getTotals().getRecommendations().getCount());
        assertEquals(1, statistics.getTotals().getAwards().getCount());
        assertEquals(0, statistics.getTotals().getAwards().getIndividuals());
    }

    @Test
    @Order(120)
    void theYearEndReviewElectsTheHeadAndDeputiesOf2024() throws ApiException {
        Election election = new MembershipsApi(client(tokens.province(HEAD_OFFICER))).recordElection(CLUSTER,
                new ElectionCreate().year(2024).heldOn(LocalDate.of(2024, 3, 13)).place("Thành phố Thái Bình")
                        .membersPresent(9).head(new Elected().provinceCode(NAM_DINH).votes(9))
                        .deputies(List.of(new Elected().provinceCode("30").votes(9))),
                UUID.randomUUID().toString());
        assertEquals(NAM_DINH, election.getHead().getProvince().getCode());
        Map<String, MembershipRole> roles = new MembershipsApi(client(tokens.viewer()))
                .listMemberships(CLUSTER, null, null, 100, 2024).getItems().stream()
                .collect(Collectors.toMap(m -> m.getProvince().getCode(), Membership::getRole));
        assertEquals(9, roles.size(), "the nine members carried over: " + roles);
        assertEquals(MembershipRole.HEAD, roles.get(NAM_DINH));
        assertEquals(MembershipRole.DEPUTY, roles.get("30"));
        assertEquals(MembershipRole.MEMBER, roles.get(HEAD));
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * A generated client for one signed-in user. The client is strict about what it reads: a field the service
     * answers but the contract does not describe fails the test (contract drift), as a type mismatch does.
     */
    static ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(required("thidua.baseUrl"));
        client.setObjectMapper(ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return client;
    }

    /**
     * A client whose uploads send this file's bytes. openapi-generator's {@code native} Java client (7.25.0) writes a
     * {@code File} body with Jackson, that is its path as a JSON string, which the service rightly refuses (415); an
     * integrator using that generator needs this interceptor too (docs/INTEGRATION.md).
     */
    static ApiClient uploading(String bearerToken, File file) {
        ApiClient client = client(bearerToken);
        client.setRequestInterceptor(request -> {
            request.header("Authorization", "Bearer " + bearerToken);
            try {
                request.method("POST", java.net.http.HttpRequest.BodyPublishers.ofFile(file.toPath()));
            } catch (java.io.FileNotFoundException e) {
                throw new UncheckedIOException(e);
            }
        });
        return client;
    }

    /** A small PDF file with this text in a comment (the service judges a file by its bytes). */
    static File pdf(String text) {
        try {
            Path file = Files.createTempFile("ho-so-", ".pdf");
            Files.write(file, ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
            file.toFile().deleteOnExit();
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.getHeaders()));
    }

    static void assertProblem(ApiException e, int status) {
        assertEquals(status, e.getCode(), e.getResponseBody());
        String type = e.getResponseHeaders().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), "problem+json, got " + type);
        assertFalse(e.getResponseBody().isBlank());
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set: run the test with e2e/run.sh");
        }
        return value;
    }
}
