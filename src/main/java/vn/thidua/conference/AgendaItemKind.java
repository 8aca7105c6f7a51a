package vn.thidua.conference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaItemKind", description = "REPORT: a report (the head's review report, a member's report); "
        + "PRESENTATION: a presentation (tham luận) by a member's delegation, with its speaker; EXCHANGE: an exchange with "
        + "exemplary models; FIELD_VISIT: a visit (to exemplary models, among others).")
public enum AgendaItemKind {
    REPORT,
    PRESENTATION,
    EXCHANGE,
    FIELD_VISIT
}
