package vn.thidua.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Thi đua API", version = "1.0.0",
                description = """
                        Emulation and commendation work (thi đua, khen thưởng) of Vietnam's provinces: \
                        provincial-level units over time, emulation clusters (cụm thi đua) and their members by year, \
                        members' reports with their indicators, the clusters' summaries and rankings, and award \
                        recommendations through the clusters (vote, forwarding, decision) with award statistics.

                        Every call under /api/v1 needs a bearer token (JWT, RS256) meant for this service (`aud`, by \
                        default `thidua-api`) with an expiry (`exp`), whose `groups` claim holds one of `admin`, \
                        `central`, `province` (with a `province` claim naming the province code) or `viewer`. \
                        Errors are `application/problem+json` (RFC 9457). Collections are paged with `page` and `size` \
                        (at most 100). Writes to a versioned resource need its `ETag` in `If-Match`. A query parameter \
                        an operation does not take, or a single-valued one given twice, is a 400 naming it.

                        **Who acts for a province.** The `province` claim is read as the unit with that code today; its \
                        officers act for it and for every unit it took over in the 2025 merger (a token for 37, today's \
                        Ninh Bình, handles the 2023 records of Nam Định (36) and Hà Nam (35); Thái Bình's 2023 role as \
                        cluster head passes to today's Hưng Yên (33)). A code that names no unit today (27, 34, 35, 36, \
                        ...) is refused on every operation with a 403 naming its successor.

                        **Who sees what.** Work that was never submitted (a draft report or recommendation, or a \
                        recommendation withdrawn before it was submitted) is seen only by its own province's officers \
                        and by central, admin and viewer users. To every other province it does not exist: reading it \
                        is a 404 as for an unknown id (before any If-Match or state is compared), lists and counts \
                        leave it out, summaries show the member as not started, the change feed does not show it.

                        **Segregation of duties.** Nobody records the cluster's decision on their own province's work: \
                        the head's own report is accepted or returned, and a nomination proposed by the head province \
                        is voted on and forwarded, by a deputy province (or central staff).""",
                contact = @Contact(name = "Ban Thi đua - Khen thưởng Trung ương")),
        security = @SecurityRequirement(name = "bearer"),
        servers = @Server(url = "/", description = "This deployment"),
        tags = {
                @Tag(name = "Provinces", description = "Provincial-level units (tỉnh, thành phố trực thuộc trung ương) over time."),
                @Tag(name = "Clusters", description = "Emulation clusters and blocs (cụm, khối thi đua)."),
                @Tag(name = "Memberships", description = "Members of a cluster by year, with their roles (cụm trưởng, cụm phó), "
                        + "and the election of next year's head and deputies."),
                @Tag(name = "Covenants", description = "The cluster's emulation covenant for a year (giao ước thi đua): "
                        + "drafted by the head, signed by every member, then amended only, with the reasons."),
                @Tag(name = "Conferences", description = "The cluster's conferences (hội nghị): the covenant signing, the "
                        + "mid-year and year-end reviews, with the delegations, the agenda, the Central Committee's "
                        + "representatives and the outcomes."),
                @Tag(name = "Exemplary models", description = "Exemplary models (điển hình tiên tiến) of the movements, and "
                        + "the conferences where they were presented or visited."),
                @Tag(name = "Scoring", description = "The year-end scoring (chấm điểm thi đua): each cluster's own scheme, "
                        + "the members' scorecards reviewed and confirmed, and the ranking of the year."),
                @Tag(name = "Reports", description = "Members' reports for a period (sơ kết 6 tháng, tổng kết năm): "
                        + "indicator values and narrative, submitted to the cluster head, accepted or returned."),
                @Tag(name = "Statistics", description = "Cluster summaries, rankings and national statistics of the "
                        + "reports' indicators, computed by the database; also as CSV."),
                @Tag(name = "Award types", description = "The catalog of forms of commendation and emulation titles (hình thức khen thưởng, danh hiệu thi đua)."),
                @Tag(name = "Movements", description = "Emulation movements (phong trào thi đua): named campaigns over years."),
                @Tag(name = "Award recommendations", description = "Nominations (đề nghị khen thưởng) through a cluster: "
                        + "proposed by a member province, voted and forwarded by the cluster head, decided by the Central Committee."),
                @Tag(name = "Dossiers", description = "The documents of a nomination or a report (hồ sơ: tờ trình, báo cáo "
                        + "thành tích, biên bản họp bình xét, xác nhận), uploaded as sent, kept in versions, downloaded as stored."),
                @Tag(name = "Audit", description = "The append-only audit trail of every change: who, when, what, before and after."),
                @Tag(name = "Award statistics", description = "Counts of award recommendations and awards, computed by the database."),
                @Tag(name = "Changes", description = "The change feed: every change to reports, award recommendations, scorecards, "
                        + "covenants, elections and conferences in order, with a cursor to resume from, for systems that keep a copy in sync.")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT signed with RS256 by the configured issuer. In dev mode, `dev/token.sh ROLE` prints one.")
public class ApiDefinition extends Application {
}
