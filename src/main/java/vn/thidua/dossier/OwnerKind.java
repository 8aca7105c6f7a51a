package vn.thidua.dossier;

/** What a dossier belongs to: one owner column in dossier_document and one {@link DossierOwner} each, in the package that owns it. */
public enum OwnerKind {
    AWARD_RECOMMENDATION("award-recommendation", "/api/v1/award-recommendations/"),
    REPORT("report", "/api/v1/reports/"),
    CONFERENCE("conference", null);

    final String entity;
    final String basePath;

    OwnerKind(String entity, String basePath) {
        this.entity = entity;
        this.basePath = basePath;
    }
}
